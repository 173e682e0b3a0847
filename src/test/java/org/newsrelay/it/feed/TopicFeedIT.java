package org.newsrelay.it.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Feed;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Accounts;
import org.newsrelay.it.support.Editor;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.Wire;

/** A topic's stories have a feed of their own; a partner-only topic is not there for the public. */
class TopicFeedIT extends ServerIT {

  @Test
  void topicFeedHoldsTheTopicsStoriesOnly() {
    wire = accounts.wire("topicfeed-wire");
    editor = accounts.editor("topicfeed-editor");
    String slug = "harbours-" + Accounts.unique();
    var created =
        editor.createTopic(
            Json.createObjectBuilder()
                .add("slug", slug)
                .add("names", Json.createObjectBuilder().add("en", "Harbours").add("zh-Hans", "港口"))
                .add(
                    "rules",
                    Json.createObjectBuilder()
                        .add("include", Json.createArrayBuilder(List.of("harbour")))
                        .add("sources", Json.createArrayBuilder().add(wire.origin()))));
    assertEquals(201, created.statusCode(), created.body());

    String matching =
        wire.pushStored(
            Wire.story("en", "Harbour reopens", "The harbour reopened on Tuesday.")
                .add("versioncreated", Instant.now().toString()));
    String other =
        wire.pushStored(
            Wire.story("en", "Council votes", "The council approved the budget.")
                .add("versioncreated", Instant.now().toString()));

    Feed feed =
        Http.eventually(
            Duration.ofSeconds(60),
            () -> reader.atom("/feeds/en/" + slug + ".atom"),
            f -> Feeds.entry(f, matching).isPresent());
    assertTrue(Feeds.entry(feed, other).isEmpty(), "a story outside the topic is not in its feed");
    assertTrue(feed.getTitle().contains("Harbours"), feed.getTitle());
    assertTrue(reader.get("/feeds/opml").body().contains("/feeds/en/" + slug + ".atom"));
  }

  @Test
  void partnerOnlyTopicIsNotFoundWithoutAKey() {
    editor = accounts.editor("topicfeed-editor");
    String slug = "private-" + Accounts.unique();
    var created = editor.createTopic(slug, "Private desk", "partner", "secret");
    assertEquals(201, created.statusCode(), created.body());
    var hidden = reader.get("/feeds/en/" + slug + ".atom");
    var unknown = reader.get("/feeds/en/no-such-topic-" + Accounts.unique() + ".atom");
    assertEquals(404, hidden.statusCode());
    assertEquals(404, unknown.statusCode());
    assertEquals(
        Http.json(unknown).getString("title"),
        Http.json(hidden).getString("title"),
        "the same answer");

    Partner entitled = Partner.subscriberTo(http, slug);
    Partner other = partner("\"subscriber\"", "\"en\"", null);
    var read = entitled.reader().get("/feeds/en/" + slug + ".atom");
    assertEquals(200, read.statusCode(), read.body());
    assertTrue(Feeds.atom(read.body()).getTitle().contains("Private desk"));
    assertEquals(404, other.reader().get("/feeds/en/" + slug + ".atom").statusCode());
  }

  /**
   * An editor's change to a topic reaches the catalogue and the topic's feed URLs at once, though
   * no story changed: renamed, it is listed by its new name; made partner-only, it leaves OPML and
   * answers anonymous readers 404 even though its public feed was cached a moment before.
   */
  @Test
  void topicEditsReachTheCatalogueAtOnce() {
    editor = accounts.editor("topicfeed-editor");
    String slug = "ferries-" + Accounts.unique();
    String feedUrl = "/feeds/en/" + slug + ".atom";
    assertEquals(201, editor.createTopic(topic(slug, "Ferries", "public")).statusCode());
    // Both documents rendered and cached before the edits.
    assertTrue(reader.get("/feeds/opml").body().contains(feedUrl));
    assertEquals(200, reader.get(feedUrl).statusCode());

    var renamed = editor.http().send(put(editor, slug, topic(slug, "Island ferries", "public")));
    assertEquals(200, renamed.statusCode(), renamed.body());
    assertTrue(
        reader.get("/feeds/opml").body().contains("Island ferries"), "OPML lists the new name");
    assertTrue(reader.atom(feedUrl).getTitle().contains("Island ferries"));

    var hidden = editor.http().send(put(editor, slug, topic(slug, "Island ferries", "partner")));
    assertEquals(200, hidden.statusCode(), hidden.body());
    assertTrue(
        !reader.get("/feeds/opml").body().contains(feedUrl), "a partner-only topic leaves OPML");
    assertEquals(404, reader.get(feedUrl).statusCode(), "and its feed is not public any more");
  }

  /** An admin may do whatever an editor may: curate topics, the newsroom's terms, the desk. */
  @Test
  void anAdminWithoutTheEditorRoleCurates() {
    Editor admin = accounts.person("topicfeed-admin", "admin").editor();
    String slug = "admins-" + Accounts.unique();
    var created = admin.createTopic(topic(slug, "Admin desk", "public"));
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(200, admin.http().getAuthorized("/api/v1/terms").statusCode());
    wire = accounts.wire("topicfeed-admin-wire");
    String story =
        wire.pushStored(
            Wire.story("en", "Ferry timetable", "The ferry timetable changes in May.")
                .add("versioncreated", Instant.now().toString()));
    var corrected =
        admin.correct(
            story,
            Json.createObjectBuilder()
                .add("headline", "Ferry timetable changes")
                .add("note", "headline"));
    assertEquals(200, corrected.statusCode(), corrected.body());
  }

  private static JsonObjectBuilder topic(String slug, String name, String visibility) {
    // A word no story has: no story joins the topic, so only the edit itself can renew a feed.
    return Editor.topic(slug, name, visibility, "zz" + slug);
  }

  private static java.net.http.HttpRequest.Builder put(
      Editor editor, String slug, JsonObjectBuilder topic) {
    return editor
        .http()
        .authorized("/api/v1/topics/" + slug)
        .header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(topic.build().toString()));
  }
}

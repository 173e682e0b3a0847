package org.newsrelay.it.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Feed;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.DeskFixture;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.PartnerAccounts;
import org.newsrelay.it.support.ServerIT;

/** A topic's stories have a feed of their own; a partner-only topic is not there for the public. */
class TopicFeedIT extends ServerIT {

  @Test
  void topicFeedHoldsTheTopicsStoriesOnly() {
    DeskFixture desk = new DeskFixture(base, http);
    DeskFixture.Person wire = desk.person("topicfeed-wire", "wire");
    DeskFixture.Person editor = desk.person("topicfeed-editor", "editor");
    String slug = "harbours-" + DeskFixture.unique();
    var created =
        editor
            .http()
            .postJson(
                "/api/v1/topics",
                Json.createObjectBuilder()
                    .add("slug", slug)
                    .add(
                        "names",
                        Json.createObjectBuilder().add("en", "Harbours").add("zh-Hans", "港口"))
                    .add(
                        "rules",
                        Json.createObjectBuilder()
                            .add("include", Json.createArrayBuilder(List.of("harbour")))
                            .add("sources", Json.createArrayBuilder().add(wire.origin())))
                    .build()
                    .toString());
    assertEquals(201, created.statusCode(), created.body());

    String matching =
        desk.push(
            wire.http(),
            DeskFixture.story("en", "Harbour reopens", "The harbour reopened on Tuesday.")
                .add("versioncreated", Instant.now().toString()));
    String other =
        desk.push(
            wire.http(),
            DeskFixture.story("en", "Council votes", "The council approved the budget.")
                .add("versioncreated", Instant.now().toString()));

    Feed feed =
        Http.eventually(
            Duration.ofSeconds(60),
            () -> Feeds.atom(http.get("/feeds/en/" + slug + ".atom").body()),
            f -> Feeds.entry(f, matching).isPresent());
    assertTrue(Feeds.entry(feed, other).isEmpty(), "a story outside the topic is not in its feed");
    assertTrue(feed.getTitle().contains("Harbours"), feed.getTitle());
    assertTrue(http.get("/feeds/opml").body().contains("/feeds/en/" + slug + ".atom"));
  }

  @Test
  void partnerOnlyTopicIsNotFoundWithoutAKey() {
    DeskFixture desk = new DeskFixture(base, http);
    DeskFixture.Person editor = desk.person("topicfeed-editor", "editor");
    String slug = "private-" + DeskFixture.unique();
    var created =
        editor
            .http()
            .postJson(
                "/api/v1/topics",
                Json.createObjectBuilder()
                    .add("slug", slug)
                    .add("names", Json.createObjectBuilder().add("en", "Private desk"))
                    .add("visibility", "partner")
                    .add(
                        "rules",
                        Json.createObjectBuilder()
                            .add("include", Json.createArrayBuilder().add("secret")))
                    .build()
                    .toString());
    assertEquals(201, created.statusCode(), created.body());
    var hidden = http.get("/feeds/en/" + slug + ".atom");
    var unknown = http.get("/feeds/en/no-such-topic-" + DeskFixture.unique() + ".atom");
    assertEquals(404, hidden.statusCode());
    assertEquals(404, unknown.statusCode());
    assertEquals(
        Http.json(unknown).getString("title"),
        Http.json(hidden).getString("title"),
        "the same answer");

    PartnerAccounts partners = new PartnerAccounts(http);
    String entitled = partner(slug);
    String other = partners.create("\"subscriber\"", "\"en\"", null).getString("id");
    String key = partners.issueKey(entitled).getString("key");
    String otherKey = partners.issueKey(other).getString("key");
    var read = partners.get("/feeds/en/" + slug + ".atom", key);
    assertEquals(200, read.statusCode(), read.body());
    assertTrue(Feeds.atom(read.body()).getTitle().contains("Private desk"));
    assertEquals(404, partners.get("/feeds/en/" + slug + ".atom", otherKey).statusCode());
  }

  /**
   * An editor's change to a topic reaches the catalogue and the topic's feed URLs at once, though
   * no story changed: renamed, it is listed by its new name; made partner-only, it leaves OPML and
   * answers anonymous readers 404 even though its public feed was cached a moment before.
   */
  @Test
  void topicEditsReachTheCatalogueAtOnce() {
    DeskFixture desk = new DeskFixture(base, http);
    DeskFixture.Person editor = desk.person("topicfeed-editor", "editor");
    String slug = "ferries-" + DeskFixture.unique();
    String feedUrl = "/feeds/en/" + slug + ".atom";
    assertEquals(
        201,
        editor.http().postJson("/api/v1/topics", topic(slug, "Ferries", "public")).statusCode());
    // Both documents rendered and cached before the edits.
    assertTrue(http.get("/feeds/opml").body().contains(feedUrl));
    assertEquals(200, http.get(feedUrl).statusCode());

    var renamed = editor.http().send(put(editor, slug, topic(slug, "Island ferries", "public")));
    assertEquals(200, renamed.statusCode(), renamed.body());
    assertTrue(
        http.get("/feeds/opml").body().contains("Island ferries"), "OPML lists the new name");
    assertTrue(Feeds.atom(http.get(feedUrl).body()).getTitle().contains("Island ferries"));

    var hidden = editor.http().send(put(editor, slug, topic(slug, "Island ferries", "partner")));
    assertEquals(200, hidden.statusCode(), hidden.body());
    assertTrue(
        !http.get("/feeds/opml").body().contains(feedUrl), "a partner-only topic leaves OPML");
    assertEquals(404, http.get(feedUrl).statusCode(), "and its feed is not public any more");
  }

  /** An admin may do whatever an editor may: curate topics, the newsroom's terms, the desk. */
  @Test
  void anAdminWithoutTheEditorRoleCurates() {
    DeskFixture desk = new DeskFixture(base, http);
    DeskFixture.Person admin = desk.person("topicfeed-admin", "admin");
    String slug = "admins-" + DeskFixture.unique();
    var created = admin.http().postJson("/api/v1/topics", topic(slug, "Admin desk", "public"));
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(200, admin.http().getAuthorized("/api/v1/terms").statusCode());
    var wire = desk.person("topicfeed-admin-wire", "wire");
    String story =
        desk.push(
            wire.http(),
            DeskFixture.story("en", "Ferry timetable", "The ferry timetable changes in May.")
                .add("versioncreated", Instant.now().toString()));
    var corrected =
        admin
            .http()
            .postJson(
                "/api/v1/stories/" + story + "/correct",
                Json.createObjectBuilder()
                    .add("headline", "Ferry timetable changes")
                    .add("note", "headline")
                    .build()
                    .toString());
    assertEquals(200, corrected.statusCode(), corrected.body());
  }

  private static String topic(String slug, String name, String visibility) {
    return Json.createObjectBuilder()
        .add("slug", slug)
        .add("names", Json.createObjectBuilder().add("en", name))
        .add("visibility", visibility)
        // A word no story has: no story joins the topic, so only the edit itself can renew a feed.
        .add(
            "rules",
            Json.createObjectBuilder().add("include", Json.createArrayBuilder().add("zz" + slug)))
        .build()
        .toString();
  }

  private static java.net.http.HttpRequest.Builder put(
      DeskFixture.Person editor, String slug, String json) {
    return editor
        .http()
        .authorized("/api/v1/topics/" + slug)
        .header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json));
  }

  /** A subscriber entitled to English and to this one topic. */
  private String partner(String slug) {
    var created =
        http.postJson(
            "/api/v1/partners",
            Json.createObjectBuilder()
                .add("name", "Topic partner " + DeskFixture.unique())
                .add("contact", "desk@partner.example")
                .add("roles", Json.createArrayBuilder().add("subscriber"))
                .add(
                    "entitlements",
                    Json.createObjectBuilder()
                        .add("languages", Json.createArrayBuilder().add("en"))
                        .add("topics", Json.createArrayBuilder().add(slug)))
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getString("id");
  }
}

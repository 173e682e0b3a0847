package org.newsrelay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Feed;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

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

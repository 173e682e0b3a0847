package org.newsrelay.it.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.DeskFixture;
import org.newsrelay.it.support.FeedHealth;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.PartnerAccounts;
import org.newsrelay.it.support.Problems;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.WebSubSubscriber;

/**
 * Unpublished means invisible: for each state a story can be in before or instead of publication
 * (embargoed, withheld by the wire, held by an editor, incoming from an untrusted wire, killed
 * before anyone saw it), anonymous readers and partners find it on no surface: the stories API (by
 * id, by uri, by words, its history), the story page, every format of the language's feed and of a
 * public and a partner-only topic's feed, tombstones, and WebSub deliveries. Editors see it.
 */
class VisibilityIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private PartnerAccounts partners;
  private String token;

  @BeforeEach
  void accounts() {
    partners = new PartnerAccounts(http);
    token = "vis" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Test
  void noUnpublishedStateReachesAnyoneButTheDesk() {
    String publicTopic = topic("public");
    String partnerTopic = topic("partner");
    HttpResponse<String> entitled =
        http.postJson(
            "/api/v1/partners",
            "{\"name\": \"Visibility partner "
                + token
                + "\", \"roles\": [\"subscriber\"], \"entitlements\": {\"languages\": [\"en\"],"
                + " \"topics\": [\""
                + partnerTopic
                + "\"]}}");
    assertEquals(201, entitled.statusCode(), entitled.body());
    String partnerKey = partners.issueKey(Http.json(entitled).getString("id")).getString("key");
    String wire = partners.create("\"wire\"", "\"en\"", null).getString("id");
    String wireKey = partners.issueKey(wire).getString("key");
    assertEquals(
        200,
        DeskFixture.send(
                http,
                "PUT",
                "/api/v1/origins/"
                    + URLEncoder.encode("push:partner:" + wire, StandardCharsets.UTF_8),
                "{\"trusted\": false}")
            .statusCode());

    Map<String, String> stories = new LinkedHashMap<>();
    Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
    stories.put(push(story("embargoed").add("embargoed", tomorrow.toString())), "published");
    stories.put(push(story("withheld").add("pubstatus", "withheld")), "held");
    String held = push(story("held"));
    awaitStatus(held, "published");
    assertEquals(200, http.postJson("/api/v1/stories/" + held + "/hold", "{}").statusCode());
    stories.put(held, "held");
    String killedEarly = push(story("killed-early").add("embargoed", tomorrow.toString()));
    awaitStatus(killedEarly, "published");
    assertEquals(
        200,
        http.postJson(
                "/api/v1/stories/" + killedEarly + "/kill", "{\"reason\": \"Legal " + token + "\"}")
            .statusCode());
    stories.put(killedEarly, "killed");
    String incoming = pushAs(wireKey, story("incoming"));
    stories.put(incoming, "incoming");
    stories.forEach(this::awaitStatus);

    // One public story, so that the feeds have changed since the others arrived.
    String published = push(story("published"));
    awaitStatus(published, "published");

    for (String id : stories.keySet()) {
      for (String key : new String[] {null, partnerKey}) {
        Problems.assertProblem(404, get("/api/v1/stories/" + id, key));
        Problems.assertProblem(404, get("/stories/" + id + "/en", key));
        HttpResponse<String> history = get("/api/v1/stories/" + id + "/history", key);
        assertEquals(key == null ? 401 : 403, history.statusCode(), history.body());
      }
    }
    for (String key : new String[] {null, partnerKey}) {
      HttpResponse<String> byUri = get("/api/v1/stories?uri=urn:vis:" + token + ":embargoed", key);
      assertEquals(0, Http.json(byUri).getJsonArray("items").size(), byUri.body());
      HttpResponse<String> words = get("/api/v1/stories?q=" + token, key);
      String byWords = words.body();
      assertEquals(
          List.of(published),
          Http.json(words).getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .map(s -> s.getString("id"))
              .toList(),
          byWords);
      assertFalse(byWords.contains("Legal"), "no kill reason: " + byWords);
      assertEquals(403, get("/api/v1/stories?status=held", key).statusCode());
    }
    // The pushing wire follows its own story, but not its desk view.
    HttpResponse<String> own = get("/api/v1/stories/" + incoming, wireKey);
    assertEquals(200, own.statusCode(), own.body());
    assertFalse(Http.json(own).containsKey("origin"), own.body());

    List<String> feeds =
        List.of("/feeds/en/all", "/feeds/en/" + publicTopic, "/feeds/en/" + partnerTopic);
    for (String feed : feeds) {
      String key = feed.endsWith(partnerTopic) ? partnerKey : null;
      for (String format : List.of(".atom", ".rss", ".json")) {
        HttpResponse<String> response =
            Http.eventually(
                WAIT,
                () -> get(feed + format, key),
                r -> r.statusCode() == 200 && r.body().contains(published));
        String body = response.body();
        String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
        String vary = response.headers().firstValue("Vary").orElse("");
        if (key != null) {
          assertTrue(cacheControl.startsWith("private"), feed + format + ": " + cacheControl);
          assertTrue(vary.contains("Authorization"), feed + format + ": " + vary);
        } else {
          assertTrue(cacheControl.startsWith("public"), feed + format + ": " + cacheControl);
        }
        for (String id : stories.keySet()) {
          assertFalse(body.contains(id), feed + format + " shows " + stories.get(id) + " " + id);
        }
        for (String name : List.of("embargoed", "withheld", "held", "killed-early", "incoming")) {
          assertFalse(body.contains(token + " " + name), feed + format + " shows " + name);
          assertFalse(body.contains("the " + name + " story"), feed + format + " shows " + name);
        }
        assertFalse(body.contains("Legal"), "no kill reason in " + feed + format);
      }
    }

    // The desk sees every one of them, in its state, with the kill reason.
    stories.forEach(
        (id, status) -> {
          JsonObject story = Http.json(http.getAuthorized("/api/v1/stories/" + id));
          assertEquals(status, story.getString("status"), id);
        });
    assertEquals(
        "Legal " + token,
        Http.json(http.getAuthorized("/api/v1/stories/" + killedEarly)).getString("kill_reason"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aKillAfterPublicationLeavesATombstoneButNotItsReason() {
    String id = push(story("killed-late"));
    awaitStatus(id, "published");
    Http.eventually(WAIT, () -> http.get("/feeds/en/all.atom").body(), body -> body.contains(id));
    http.postJson("/api/v1/stories/" + id + "/kill", "{\"reason\": \"Legal " + token + "\"}");
    String atom =
        Http.eventually(
            WAIT,
            () -> http.get("/feeds/en/all.atom").body(),
            body -> body.contains("ref=\"urn:uuid:" + id + "\""));
    assertFalse(atom.contains(token), "neither the entry nor its kill reason: " + atom);
    assertFalse(http.get("/feeds/en/all.rss").body().contains(id));
    assertFalse(http.get("/feeds/en/all.json").body().contains(id));
    assertEquals(410, http.get("/stories/" + id + "/en").statusCode());
    Problems.assertProblem(404, http.get("/api/v1/stories/" + id));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aStoryKilledUnderEmbargoLeavesNoTombstone() {
    String id =
        push(story("never-seen").add("embargoed", Instant.now().plusSeconds(3600).toString()));
    awaitStatus(id, "published");
    http.postJson("/api/v1/stories/" + id + "/kill", "{\"reason\": \"Wrong copy\"}");
    awaitStatus(id, "killed");
    String after = push(story("after"));
    String atom =
        Http.eventually(
            WAIT, () -> http.get("/feeds/en/all.atom").body(), body -> body.contains(after));
    assertFalse(atom.contains(id), "no tombstone for a story nobody saw");
    assertEquals(404, http.get("/stories/" + id + "/en").statusCode());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aWebSubDeliveryCarriesNothingUnpublished() throws Exception {
    String partnerId = partners.create("\"subscriber\"", "\"en\"", null).getString("id");
    String key = partners.issueKey(partnerId).getString("key");
    String topic = http.uri("/feeds/en/all.atom").toString();
    try (WebSubSubscriber subscriber = new WebSubSubscriber(2)) {
      HttpResponse<String> accepted =
          partners.hub(key, PartnerAccounts.subscribe(topic, subscriber.url("/vis"), "s", 600));
      String subscription = Http.json(accepted).getString("subscription");
      assertEquals(
          "active", partners.awaitDecided(partnerId, key, subscription).getString("state"));
      // Embargoed, corrected on the desk while it waits, then killed before anyone saw it.
      String secret =
          push(story("secret").add("embargoed", Instant.now().plusSeconds(3600).toString()));
      awaitStatus(secret, "published");
      http.postJson(
          "/api/v1/stories/" + secret + "/correct",
          "{\"rendition\": \"en\", \"headline\": \"Secret " + token + " fixed\", \"note\": \"n\"}");
      http.postJson("/api/v1/stories/" + secret + "/kill", "{\"reason\": \"Legal\"}");
      awaitStatus(secret, "killed");
      String shown = push(story("shown"));
      WebSubSubscriber.Received delivery =
          Http.eventually(
                  WAIT,
                  () ->
                      subscriber.deliveries().stream()
                          .filter(r -> shown.equals(r.header("X-Newsrelay-Story")))
                          .findFirst(),
                  java.util.Optional::isPresent)
              .orElseThrow();
      assertFalse(delivery.text().contains(secret), delivery.text());
      for (WebSubSubscriber.Received any : subscriber.deliveries()) {
        assertFalse(secret.equals(any.header("X-Newsrelay-Story")), "no delivery names it");
        assertFalse(any.text().contains("Secret " + token), any.text());
      }
    }
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  private JsonObjectBuilder story(String name) {
    return Json.createObjectBuilder()
        .add("uri", "urn:vis:" + token + ":" + name)
        .add("language", "en")
        .add("headline", "Story " + token + " " + name)
        .add("body_text", "Copy of the " + name + " story, " + token + " .")
        .add("versioncreated", Instant.now().toString());
  }

  private String push(JsonObjectBuilder story) {
    HttpResponse<String> response = http.postJson("/api/v1/stories", story.build().toString());
    assertEquals(202, response.statusCode(), response.body());
    return Http.json(response).getString("id");
  }

  private String pushAs(String key, JsonObjectBuilder story) {
    HttpResponse<String> response = new PartnerAccounts(http).push(key, story.build().toString());
    assertEquals(202, response.statusCode(), response.body());
    return Http.json(response).getString("id");
  }

  private void awaitStatus(String id, String status) {
    Http.eventually(
        WAIT,
        () -> http.getAuthorized("/api/v1/stories/" + id),
        r -> r.statusCode() == 200 && status.equals(Http.json(r).getString("status")));
  }

  /** A topic whose rule is this run's token. */
  private String topic(String visibility) {
    String slug = "vis-" + visibility + "-" + token;
    HttpResponse<String> created =
        http.postJson(
            "/api/v1/topics",
            Json.createObjectBuilder()
                .add("slug", slug)
                .add("names", Json.createObjectBuilder().add("en", "Visibility " + visibility))
                .add("visibility", visibility)
                .add(
                    "rules",
                    Json.createObjectBuilder().add("include", Json.createArrayBuilder().add(token)))
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return slug;
  }

  private HttpResponse<String> get(String path, String key) {
    return key == null ? http.get(path) : partners.get(path, key);
  }
}

package org.newsrelay.it.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.newsrelay.it.support.FeedHealth;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.Problems;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.WebSubSubscriber;
import org.newsrelay.it.support.Wire;

/**
 * Unpublished means invisible: for each state a story can be in before or instead of publication
 * (embargoed, withheld by the wire, held by an editor, incoming from an untrusted wire, killed
 * before anyone saw it), anonymous readers and partners find it on no surface: the stories API (by
 * id, by uri, by words, its history), the story page, every format of the language's feed and of a
 * public and a partner-only topic's feed, tombstones, and WebSub deliveries. Editors see it.
 */
class VisibilityIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private String token;

  @BeforeEach
  void token() {
    token = "vis" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Test
  void noUnpublishedStateReachesAnyoneButTheDesk() {
    String publicTopic = topic("public");
    String partnerTopic = topic("partner");
    Partner entitled =
        Partner.of(
            http,
            "{\"name\": \"Visibility partner "
                + token
                + "\", \"roles\": [\"subscriber\"], \"entitlements\": {\"languages\": [\"en\"],"
                + " \"topics\": [\""
                + partnerTopic
                + "\"]}}");
    String partnerKey = entitled.key();
    Partner partnerWire = partner("\"wire\"", "\"en\"", null);
    assertEquals(
        200,
        http.call(
                "PUT",
                "/api/v1/origins/"
                    + URLEncoder.encode(partnerWire.origin(), StandardCharsets.UTF_8),
                "{\"trusted\": false}")
            .statusCode());

    Map<String, String> stories = new LinkedHashMap<>();
    Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
    stories.put(wire.push(story("embargoed").add("embargoed", tomorrow.toString())), "published");
    stories.put(wire.push(story("withheld").add("pubstatus", "withheld")), "held");
    String held = wire.push(story("held"));
    awaitStatus(held, "published");
    assertEquals(200, editor.hold(held).statusCode());
    stories.put(held, "held");
    String killedEarly = wire.push(story("killed-early").add("embargoed", tomorrow.toString()));
    awaitStatus(killedEarly, "published");
    assertEquals(200, editor.kill(killedEarly, "Legal " + token).statusCode());
    stories.put(killedEarly, "killed");
    String incoming = partnerWire.wire().push(story("incoming"));
    stories.put(incoming, "incoming");
    stories.forEach(this::awaitStatus);

    // One public story, so that the feeds have changed since the others arrived.
    String published = wire.push(story("published"));
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
    HttpResponse<String> own = partnerWire.wire().read(incoming);
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
          JsonObject story = editor.story(id);
          assertEquals(status, story.getString("status"), id);
        });
    assertEquals("Legal " + token, editor.story(killedEarly).getString("kill_reason"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aKillAfterPublicationLeavesATombstoneButNotItsReason() {
    String id = wire.push(story("killed-late"));
    awaitStatus(id, "published");
    Http.eventually(WAIT, () -> reader.get("/feeds/en/all.atom").body(), body -> body.contains(id));
    editor.kill(id, "Legal " + token);
    String atom =
        Http.eventually(
            WAIT,
            () -> reader.get("/feeds/en/all.atom").body(),
            body -> body.contains("ref=\"urn:uuid:" + id + "\""));
    assertFalse(atom.contains(token), "neither the entry nor its kill reason: " + atom);
    assertFalse(reader.get("/feeds/en/all.rss").body().contains(id));
    assertFalse(reader.get("/feeds/en/all.json").body().contains(id));
    assertEquals(410, reader.get("/stories/" + id + "/en").statusCode());
    Problems.assertProblem(404, reader.get("/api/v1/stories/" + id));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aStoryKilledUnderEmbargoLeavesNoTombstone() {
    String id =
        wire.push(story("never-seen").add("embargoed", Instant.now().plusSeconds(3600).toString()));
    awaitStatus(id, "published");
    editor.kill(id, "Wrong copy");
    awaitStatus(id, "killed");
    String after = wire.push(story("after"));
    String atom =
        Http.eventually(
            WAIT, () -> reader.get("/feeds/en/all.atom").body(), body -> body.contains(after));
    assertFalse(atom.contains(id), "no tombstone for a story nobody saw");
    assertEquals(404, reader.get("/stories/" + id + "/en").statusCode());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aWebSubDeliveryCarriesNothingUnpublished() throws Exception {
    Partner subscriberPartner = partner("\"subscriber\"", "\"en\"", null);
    String topic = http.uri("/feeds/en/all.atom").toString();
    try (WebSubSubscriber subscriber = new WebSubSubscriber(2)) {
      HttpResponse<String> accepted =
          subscriberPartner.subscribe(topic, subscriber.url("/vis"), "s", 600);
      String subscription = Http.json(accepted).getString("subscription");
      assertEquals("active", subscriberPartner.awaitDecided(subscription).getString("state"));
      // Embargoed, corrected on the desk while it waits, then killed before anyone saw it.
      String secret =
          wire.push(story("secret").add("embargoed", Instant.now().plusSeconds(3600).toString()));
      awaitStatus(secret, "published");
      editor.correctHeadline(secret, "en", "Secret " + token + " fixed", "n");
      editor.kill(secret, "Legal");
      awaitStatus(secret, "killed");
      String shown = wire.push(story("shown"));
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
    return Wire.story(
            "en",
            "Story " + token + " " + name,
            "Copy of the " + name + " story, " + token + " .",
            Instant.now())
        .add("uri", "urn:vis:" + token + ":" + name);
  }

  private void awaitStatus(String id, String status) {
    editor.awaitStatus(id, status);
  }

  /** A topic whose rule is this run's token. */
  private String topic(String visibility) {
    String slug = "vis-" + visibility + "-" + token;
    HttpResponse<String> created =
        editor.createTopic(slug, "Visibility " + visibility, visibility, token);
    assertEquals(201, created.statusCode(), created.body());
    return slug;
  }

  /** Anonymous with no key, else as the partner with that key reads it. */
  private HttpResponse<String> get(String path, String key) {
    return key == null ? reader.get(path) : http.withKey(key).getAuthorized(path);
  }
}

package org.newsrelay.it.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.FeedHealth;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.Wire;

/**
 * What an editor does reaches every reader: corrections (of the original and of one Chinese
 * variant), newsroom terms, pins, holds and embargoes are read back from the feeds in every format
 * and from the story page, not from the desk API that wrote them. And a wire's newer version does
 * not silently undo the desk's work.
 */
class DeskToReaderIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private String token;

  @BeforeEach
  void token() {
    token = "desk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  @Test
  void aCorrectedVariantIsWhatEveryTaiwanReaderGets() {
    String id = wire.push(story("zh-Hans", "芯片工厂扩产 " + token, "软件公司宣布扩产。"));
    awaitEverywhere("zh-Hant-TW", id, body -> body.contains(id));
    String corrected = "晶片工廠擴產（更正） " + token;
    assertCorrected(editor.correctHeadline(id, "zh-Hant-TW", corrected, "headline"));
    awaitEverywhere("zh-Hant-TW", id, body -> body.contains(corrected));
    String page = reader.page(id, "zh-Hant-TW").body();
    assertTrue(page.contains(corrected), page);
    // The other variants are still converted from the original, without the correction.
    String hk = reader.get("/feeds/zh-Hant-HK/all.atom").body();
    assertTrue(hk.contains(id), "the story is in the Hong Kong feed");
    assertFalse(hk.contains("（更正）"), "a Taiwan correction stays in Taiwan's rendition");
    FeedHealth.assertFeedsWellFormed(http, "zh-Hans");
  }

  @Test
  void aCorrectionOfTheOriginalReachesEveryFormat() {
    String id = wire.push(story("en", "Harbor reopns " + token, "The harbour reopened."));
    awaitEverywhere("en", id, body -> body.contains(id));
    assertCorrected(editor.correctHeadline(id, "en", "Harbour reopens " + token, "headline"));
    awaitEverywhere("en", id, body -> body.contains("Harbour reopens " + token));
    for (String format : List.of(".atom", ".rss", ".json")) {
      assertFalse(reader.get("/feeds/en/all" + format).body().contains("Harbor reopns " + token));
    }
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aNewsroomTermReachesTheFeedsAtOnce() {
    // A made-up phrase, so that the term changes no other test's copy.
    String phrase = "鲲鹏" + token.substring(4, 8) + "计划";
    String id = wire.push(story("zh-Hans", phrase + "启动 " + token, phrase + "今天启动。"));
    awaitEverywhere("zh-Hant-TW", id, body -> body.contains(id));
    HttpResponse<String> added =
        editor.addTerm("zh-Hant-TW", phrase, "鯤鵬方案" + token.substring(4, 8), "the newsroom's name");
    assertTrue(added.statusCode() < 300, added.body());
    try {
      awaitEverywhere("zh-Hant-TW", id, body -> body.contains("鯤鵬方案" + token.substring(4, 8)));
    } finally {
      editor.removeTerm(Http.json(added).getString("id"));
    }
    FeedHealth.assertFeedsWellFormed(http, "zh-Hans");
  }

  @Test
  void aPinLeadsTheTopicsFirstPageUntilItIsLifted() {
    String slug = "pins-" + token;
    HttpResponse<String> topic = editor.createTopic(slug, "Pins", null, token);
    assertEquals(201, topic.statusCode(), topic.body());
    Instant now = Instant.now();
    String older =
        wire.push(
            story("en", "Older " + token, "Older copy.")
                .add("versioncreated", now.minusSeconds(7200).toString()));
    String newer = wire.push(story("en", "Newer " + token, "Newer copy."));
    awaitEverywhere("en", slug, newer, body -> body.contains(older) && body.contains(newer));
    assertEquals(newer, firstAtom(slug), "newest first before the pin");

    HttpResponse<String> pinned = editor.pin(older, slug, now.plusSeconds(3600));
    assertEquals(200, pinned.statusCode(), pinned.body());
    Http.eventually(WAIT, () -> firstAtom(slug), older::equals);
    assertEquals("urn:uuid:" + older, firstRss(slug));
    assertTrue(firstJson(slug).contains(older), "JSON Feed leads with the pin too");
    // The pin is the topic's; the language's own feed stays newest first.
    Feed all = reader.atom("/feeds/en/all.atom");
    assertTrue(
        all.getEntries().indexOf(Feeds.entry(all, newer).orElseThrow())
            < all.getEntries().indexOf(Feeds.entry(all, older).orElseThrow()));

    HttpResponse<String> unpinned = editor.unpin(older, slug);
    assertTrue(unpinned.statusCode() < 300, unpinned.body());
    Http.eventually(WAIT, () -> firstAtom(slug), newer::equals);
    FeedHealth.assertFeedWellFormed(http, "/feeds/en/" + slug);
  }

  @Test
  void aHoldTakesTheStoryOffEveryFeedAndPublishingBringsItBack() {
    String id = wire.push(story("en", "Held " + token, "Copy."));
    awaitEverywhere("en", id, body -> body.contains(id));
    assertEquals(200, editor.hold(id).statusCode());
    awaitEverywhere("en", id, body -> !body.contains(id));
    assertEquals(404, reader.page(id, "en").statusCode());
    assertEquals(200, editor.publish(id).statusCode());
    awaitEverywhere("en", id, body -> body.contains(id));
    assertEquals(200, reader.page(id, "en").statusCode());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aWiresNewerVersionWaitsForTheDeskInsteadOfUndoingACorrection() {
    String uri = "urn:desk:" + token;
    Instant first = Instant.now().minusSeconds(60);
    String id =
        wire.push(
            story("en", "Mayor resigns " + token, "First copy.")
                .add("uri", uri)
                .add("versioncreated", first.toString()));
    awaitEverywhere("en", id, body -> body.contains(id));
    assertCorrected(editor.correctHeadline(id, "en", "Mayor steps down " + token, "headline"));
    awaitEverywhere("en", id, body -> body.contains("Mayor steps down " + token));

    wire.push(
        story("en", "Mayor resigns amid inquiry " + token, "Second copy.")
            .add("uri", uri)
            .add("versioncreated", Instant.now().toString()));
    JsonObject waiting =
        Http.json(Http.eventually(WAIT, () -> editor.wireVersion(id), r -> r.statusCode() == 200));
    assertEquals("Mayor resigns amid inquiry " + token, waiting.getString("headline"));
    String atom = reader.get("/feeds/en/all.atom").body();
    assertTrue(atom.contains("Mayor steps down " + token), "the correction still shows");
    assertFalse(atom.contains("amid inquiry " + token), "the new version waits");

    HttpResponse<String> accepted = editor.acceptWireVersion(id);
    assertEquals(200, accepted.statusCode(), accepted.body());
    awaitEverywhere("en", id, body -> body.contains("Mayor resigns amid inquiry " + token));
    assertEquals(404, editor.wireVersion(id).statusCode());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void anEditorsEmbargoStandsOverTheWiresNextVersion() {
    String uri = "urn:desk:embargo:" + token;
    String id =
        wire.push(
            story("en", "Budget leaks " + token, "Copy.")
                .add("uri", uri)
                .add("versioncreated", Instant.now().minusSeconds(60).toString()));
    awaitEverywhere("en", id, body -> body.contains(id));
    HttpResponse<String> embargoed = editor.embargo(id, Instant.now().plusSeconds(3600));
    assertEquals(200, embargoed.statusCode(), embargoed.body());
    awaitEverywhere("en", id, body -> !body.contains(id));
    wire.push(
        story("en", "Budget leaks, update " + token, "Copy two.")
            .add("uri", uri)
            .add("versioncreated", Instant.now().toString()));
    Http.eventually(WAIT, () -> editor.story(id), s -> s.getString("headline").contains("update"));
    JsonObject story = editor.story(id);
    assertTrue(story.containsKey("embargoed"), "the desk's embargo stands: " + story);
    for (String format : List.of(".atom", ".rss", ".json")) {
      assertFalse(reader.get("/feeds/en/all" + format).body().contains(id), format);
    }
    assertEquals(404, reader.page(id, "en").statusCode());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  private static JsonObjectBuilder story(String language, String headline, String body) {
    return Wire.story(language, headline, body, Instant.now());
  }

  private static void assertCorrected(HttpResponse<String> corrected) {
    assertEquals(200, corrected.statusCode(), corrected.body());
  }

  /** Until the language's feed shows it in Atom, RSS and JSON Feed alike. */
  private void awaitEverywhere(String lang, String id, Predicate<String> shows) {
    awaitEverywhere(lang, "all", id, shows);
  }

  private void awaitEverywhere(String lang, String topic, String id, Predicate<String> shows) {
    for (String format : List.of(".atom", ".rss", ".json")) {
      Http.eventually(
          WAIT,
          () -> reader.get("/feeds/" + lang + "/" + topic + format),
          r -> r.statusCode() == 200 && shows.test(r.body()));
    }
  }

  private String firstAtom(String slug) {
    Feed feed = reader.atom("/feeds/en/" + slug + ".atom");
    return feed.getEntries().isEmpty()
        ? ""
        : feed.getEntries().get(0).getId().substring("urn:uuid:".length());
  }

  private String firstRss(String slug) {
    Channel channel = reader.rss("/feeds/en/" + slug + ".rss");
    return channel.getItems().get(0).getGuid().getValue();
  }

  private String firstJson(String slug) {
    JsonObject feed = reader.json("/feeds/en/" + slug + ".json");
    return feed.getJsonArray("items").getJsonObject(0).toString();
  }
}

package org.newsrelay.it.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.Reader;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.WebSubSubscriber;
import org.newsrelay.it.support.Wire;

/**
 * Corrections partners can read and the advisories feeds, over HTTP as readers and partners meet
 * them: a correction's note in every format and the story page, converted for a Chinese variant;
 * holds, releases and kills in /feeds/{lang}/advisories, anonymous and with a partner's key; the
 * same notices pushed to WebSub subscribers; and a wire's refile that changes nothing leaving the
 * entry's dates alone. The documents read are kept in target/advisories-it for the W3C Feed
 * Validator (docs/feeds.md).
 */
class AdvisoriesIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String THREADING = "http://purl.org/syndication/thread/1.0";
  private static final String NEWSRELAY = "urn:newsrelay:feed:1";

  @Test
  void aCorrectionsNoteIsInEveryFormatAndOnTheStoryPage() throws IOException {
    String token = token();
    String id = wire.publish("Harbour reopens " + token);
    String note = "The day of the reopening was wrong " + UUID.randomUUID();
    HttpResponse<String> corrected =
        editor.correctHeadline(id, "en", "Harbour reopens on Tuesday " + UUID.randomUUID(), note);
    assertEquals(200, corrected.statusCode(), corrected.body());

    String atom = reader.get("/feeds/en/all.atom?q=" + token).body();
    keep("corrected-entry.atom", atom);
    Entry entry = Feeds.entry(Feeds.atom(atom), id).orElseThrow(() -> new AssertionError(atom));
    assertTrue(
        entry.getContents().get(0).getValue().startsWith("<p class=\"newsrelay-correction\">"),
        entry.getContents().get(0).getValue());
    assertTrue(entry.getContents().get(0).getValue().contains(note));
    assertEquals(note, foreign(entry.getForeignMarkup(), NEWSRELAY, "correction").getText());
    assertTrue(
        entry.getCategories().stream()
            .anyMatch(c -> c.getTerm().equals("corrected") && c.getScheme() != null));

    String rss = reader.get("/feeds/en/all.rss?q=" + token).body();
    keep("corrected-entry.rss", rss);
    Item item = item(Feeds.rss(rss), id).orElseThrow();
    assertTrue(item.getDescription().getValue().contains("Correction: " + note), rss);

    String jsonFeed = reader.get("/feeds/en/all.json?q=" + token).body();
    keep("corrected-entry.json", jsonFeed);
    JsonObject json =
        jsonItem(Json.createReader(new java.io.StringReader(jsonFeed)).readObject(), id)
            .orElseThrow();
    assertEquals(note, json.getJsonObject("_correction").getString("note"));
    assertTrue(json.getString("content_html").contains(note));

    HttpResponse<String> page = reader.page(id, "en");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(note), page.body());

    Entry advisory = advisory(reader.atom("/feeds/en/advisories.atom"), id, "corrected");
    assertTrue(advisory.getContents().get(0).getValue().contains(note));
  }

  @Test
  void aSimplifiedNoteIsConvertedForTaiwanReaders() throws IOException {
    String token = token();
    String id =
        wire.push(
            Wire.story("zh-Hans", "软件公司上市 " + token, Copy.distinct("网络安全" + token), Instant.now()));
    Http.eventually(WAIT, () -> reader.story(id), r -> r.statusCode() == 200);
    String note = "标题中的软件名称有误";
    HttpResponse<String> corrected =
        editor.correctHeadline(id, "zh-Hans", "软件公司今日上市 " + UUID.randomUUID(), note);
    assertEquals(200, corrected.statusCode(), corrected.body());
    String taiwan = taiwanese(note);
    assertFalse(taiwan.equals(note), "the note reads differently in Taiwan: " + taiwan);

    Entry entry = reader.awaitEntry("/feeds/zh-Hant-TW/all.atom?q=" + token, id);
    assertTrue(
        entry.getContents().get(0).getValue().contains(taiwan),
        entry.getContents().get(0).getValue());
    assertEquals(taiwan, foreign(entry.getForeignMarkup(), NEWSRELAY, "correction").getText());
    assertTrue(reader.page(id, "zh-Hant-TW").body().contains(taiwan));
    keep(
        "corrected-entry-zh-Hant-TW.atom",
        reader.get("/feeds/zh-Hant-TW/all.atom?q=" + token).body());
    String advisories = reader.get("/feeds/zh-Hant-TW/advisories.atom").body();
    keep("advisories-zh-Hant-TW.atom", advisories);
    Entry advisory = advisory(Feeds.atom(advisories), id, "corrected");
    assertTrue(advisory.getContents().get(0).getValue().contains(taiwan));
    assertTrue(advisory.getTitle().startsWith("更正："), advisory.getTitle());
  }

  @Test
  void holdReleaseAndKillAreAdvisedToTheParnersAndThePublic() throws IOException {
    String headline = "Ferry strike " + UUID.randomUUID();
    String id = wire.publish(headline);
    assertEquals(200, act(id, "hold", "{\"notice\": \"Figures being checked\"}").statusCode());
    assertEquals(200, act(id, "publish", "{\"notice\": \"Figures confirmed\"}").statusCode());
    HttpResponse<String> killed =
        act(
            id,
            "kill",
            "{\"reason\": \"Legal advice 1f3\", \"notice\": \"Withdrawn by the source\"}");
    assertEquals(200, killed.statusCode(), killed.body());

    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    for (Reader who : List.of(reader, partner.reader())) {
      String atom = who.get("/feeds/en/advisories.atom").body();
      keep("advisories.atom", atom);
      Feed feed = Feeds.atom(atom);
      Entry kill = advisory(feed, id, "killed");
      Entry release = advisory(feed, id, "released");
      Entry hold = advisory(feed, id, "held");
      List<Entry> entries = feed.getEntries();
      assertTrue(
          entries.indexOf(kill) < entries.indexOf(release)
              && entries.indexOf(release) < entries.indexOf(hold),
          "newest first");
      assertTrue(hold.getContents().get(0).getValue().contains("Figures being checked"));
      assertTrue(release.getContents().get(0).getValue().contains("Figures confirmed"));
      assertTrue(kill.getContents().get(0).getValue().contains("Withdrawn by the source"));
      assertEquals(
          http.uri("/stories/" + id + "/en").toString(), kill.getAlternateLinks().get(0).getHref());
      assertFalse(atom.contains("Legal advice 1f3"), "the kill's reason stays on the desk");
      assertFalse(
          kill.getTitle().contains(headline)
              || kill.getContents().get(0).getValue().contains(headline),
          "no copy of the killed story");

      String rss = who.get("/feeds/en/advisories.rss").body();
      keep("advisories.rss", rss);
      Channel channel = Feeds.rss(rss);
      assertTrue(
          channel.getItems().stream()
              .anyMatch(
                  i ->
                      i.getLink().equals(http.uri("/stories/" + id + "/en").toString())
                          && i.getCategories().get(0).getValue().equals("held")
                          && i.getDescription().getValue().contains("Figures being checked")),
          rss);

      JsonObject json = who.json("/feeds/en/advisories.json");
      keep("advisories.json", json.toString());
      List<String> kinds =
          json.getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .filter(i -> i.getJsonObject("_advisory").getString("story").equals("urn:uuid:" + id))
              .map(i -> i.getJsonObject("_advisory").getString("kind"))
              .toList();
      assertEquals(List.of("killed", "released", "held"), kinds);
    }

    // Paged like every feed: one advisory a page, the next through the next link.
    Feed first = reader.atom("/feeds/en/advisories.atom?limit=1");
    assertEquals(1, first.getEntries().size());
    String next =
        first.getOtherLinks().stream()
            .filter(l -> l.getRel().equals("next"))
            .findFirst()
            .orElseThrow()
            .getHref();
    Feed second = Feeds.atom(reader.get(next.substring(next.indexOf("/feeds/"))).body());
    assertEquals(1, second.getEntries().size());
    assertFalse(first.getEntries().get(0).getId().equals(second.getEntries().get(0).getId()));
  }

  @Test
  void aStoryThePublicNeverSawLeavesNoAdvisory() {
    String id =
        wire.pushStored(
            Wire.english("Embargoed " + UUID.randomUUID())
                .add("embargoed", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
    assertEquals(200, act(id, "hold", "{\"notice\": \"never seen\"}").statusCode());
    assertEquals(200, editor.kill(id, "not needed").statusCode());
    String atom = reader.get("/feeds/en/advisories.atom").body();
    assertFalse(atom.contains(id), atom);
    assertFalse(atom.contains("never seen"), atom);
  }

  @Test
  void subscribersOfTheStorysFeedAndOfTheAdvisoriesHearOfCorrectionsAndHolds() throws Exception {
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    try (WebSubSubscriber subscriber = new WebSubSubscriber(4)) {
      String feed = http.uri("/feeds/en/all.atom").toString();
      String advisories = http.uri("/feeds/en/advisories.atom").toString();
      for (String[] topic : new String[][] {{feed, "/all"}, {advisories, "/advisories"}}) {
        HttpResponse<String> accepted =
            partner.subscribe(topic[0], subscriber.url(topic[1]), null, 600);
        assertEquals(202, accepted.statusCode(), accepted.body());
        String subscription = Http.json(accepted).getString("subscription");
        assertEquals("active", partner.awaitDecided(subscription).getString("state"));
      }
      String id = wire.publish("WebSub advisories " + UUID.randomUUID());
      await(subscriber, "/all", id, "published");
      String note = "A name was misspelt " + UUID.randomUUID();
      assertEquals(
          200,
          editor
              .correctHeadline(id, "en", "WebSub advisories " + UUID.randomUUID(), note)
              .statusCode());
      WebSubSubscriber.Received correction = await(subscriber, "/all", id, "corrected");
      assertTrue(correction.text().contains(note), "the delivered feed carries the note");
      WebSubSubscriber.Received advised = await(subscriber, "/advisories", id, "corrected");
      advisory(Feeds.atom(advised.text()), id, "corrected");

      assertEquals(200, act(id, "hold", "{\"notice\": \"Held for a check\"}").statusCode());
      WebSubSubscriber.Received hold = await(subscriber, "/all", id, "held");
      assertTrue(Feeds.entry(Feeds.atom(hold.text()), id).isEmpty(), "held: not in the feed");
      WebSubSubscriber.Received heldAdvisory = await(subscriber, "/advisories", id, "held");
      Entry entry = advisory(Feeds.atom(heldAdvisory.text()), id, "held");
      assertTrue(entry.getContents().get(0).getValue().contains("Held for a check"));
    }
  }

  @Test
  void aRefileWithTheSameCopyLeavesTheEntryAsItWas() {
    Instant written = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    String token = token();
    String headline = "Refiled " + token;
    // Short enough to be its own summary, as a wire's refile leaves it.
    String body = "The ferry " + token + " sailed on time from the northern pier this morning.";
    JsonObject story = Wire.story("en", headline, body, written).build();
    String uri = story.getString("uri");
    String id = wire.push(story.toString());
    String feed = "/feeds/en/all.atom?q=" + token;
    String json = "/feeds/en/all.json?q=" + token;
    Entry before = reader.awaitEntry(feed, id);
    JsonObject beforeJson = jsonItem(reader.json(json), id).orElseThrow();

    String refile =
        Json.createObjectBuilder()
            .add("uri", uri)
            .add("headline", headline + " ")
            .add("language", "en")
            .add("body_text", body.replace(" ", "  "))
            .add("versioncreated", written.plusSeconds(120).toString())
            .build()
            .toString();
    wire.push(refile);
    Http.eventually(WAIT, () -> editor.history(id), h -> h.contains("\"refiled\""));

    Entry after = Feeds.entry(reader.atom(feed), id).orElseThrow();
    assertEquals(before.getUpdated(), after.getUpdated());
    assertEquals(before.getPublished(), after.getPublished());
    JsonObject afterJson = jsonItem(reader.json(json), id).orElseThrow();
    assertEquals(beforeJson.getString("date_modified"), afterJson.getString("date_modified"));
    assertEquals(beforeJson.getString("date_published"), afterJson.getString("date_published"));

    // A refile that does change the copy is a revision: the entry's updated moves.
    wire.push(
        Json.createObjectBuilder()
            .add("uri", uri)
            .add("headline", headline + ", officials say")
            .add("language", "en")
            .add("body_text", body)
            .add("versioncreated", written.plusSeconds(240).toString())
            .build()
            .toString());
    JsonObject revised =
        Http.eventually(
            WAIT,
            () -> jsonItem(reader.json(json), id).orElseThrow(),
            i -> i.getString("title").endsWith("officials say"));
    assertFalse(
        revised.getString("date_modified").equals(beforeJson.getString("date_modified")),
        revised.toString());
  }

  /** A word of this test's own, for ?q=: other tests' stories do not push it off the page. */
  private static String token() {
    return "tok" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private HttpResponse<String> act(String id, String action, String json) {
    return http.call("POST", "/api/v1/stories/" + id + "/" + action, json);
  }

  /** The story's advisory of this kind in an advisories feed. */
  private static Entry advisory(Feed feed, String storyId, String kind) {
    return feed.getEntries().stream()
        .filter(e -> e.getCategories().stream().anyMatch(c -> c.getTerm().equals(kind)))
        .filter(
            e ->
                ("urn:uuid:" + storyId)
                    // Rome's threading module (rome-modules) reads thr:in-reply-to.
                    .equals(
                        ((com.rometools.modules.thr.ThreadingModule) e.getModule(THREADING))
                            .getRef()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " advisory of " + storyId));
  }

  private static Element foreign(List<Element> markup, String namespace, String name) {
    return markup.stream()
        .filter(e -> e.getNamespaceURI().equals(namespace) && e.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + markup));
  }

  private static Optional<Item> item(Channel channel, String storyId) {
    return channel.getItems().stream()
        .filter(i -> i.getGuid().getValue().equals("urn:uuid:" + storyId))
        .findFirst();
  }

  private static Optional<JsonObject> jsonItem(JsonObject feed, String storyId) {
    return feed.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("id").equals("urn:uuid:" + storyId))
        .findFirst();
  }

  private static WebSubSubscriber.Received await(
      WebSubSubscriber subscriber, String path, String storyId, String change) {
    return Http.eventually(
            WAIT,
            () ->
                subscriber.deliveries().stream()
                    .filter(r -> r.path().equals(path))
                    .filter(r -> storyId.equals(r.header("X-Newsrelay-Story")))
                    .filter(r -> change.equals(r.header("X-Newsrelay-Change")))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  /** Keeps a document for the feed validator (docs/feeds.md). */
  private static void keep(String name, String document) throws IOException {
    Path dir = Path.of("target", "advisories-it");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), document);
  }
}

package org.newsrelay.it.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.Wire;

/**
 * The public feeds as readers see them: every format parsed by Rome or JSON-P, Chinese variants,
 * keyword filters, paging, tombstones, embargoes, and cheap polling. Each test works on stories
 * carrying a token of its own (found with ?q=), so earlier runs and other tests do not count.
 */
class FeedPublishingIT extends ServerIT {
  static final Duration WAIT = Duration.ofSeconds(60);

  String token;

  @BeforeEach
  void setUp() {
    token = "tok" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Test
  void aChineseStoryAppearsInEveryChineseVariantAndFormat() {
    String id = wire.push(Wire.story("zh-Hans", "人工智能软件" + token, "网络安全软件。\n第二段。", Instant.now()));

    Entry entry = awaitEntry("/feeds/zh-Hant-TW/all.atom?q=" + token, id);
    assertTrue(entry.getTitle().startsWith("人工智慧軟體"), entry.getTitle());
    assertTrue(entry.getContents().get(0).getValue().contains("網路"), "body converted too");
    Set<String> hreflangs =
        entry.getAlternateLinks().stream().map(Link::getHreflang).collect(Collectors.toSet());
    assertEquals(Set.of("zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"), hreflangs);

    HttpResponse<String> atom = reader.get("/feeds/zh-Hant-TW/all.atom?q=" + token);
    assertTrue(atom.body().contains("xml:lang=\"zh-Hant-TW\""));
    Feed feed = Feeds.atom(atom.body());
    Set<String> rels = feed.getOtherLinks().stream().map(Link::getRel).collect(Collectors.toSet());
    assertTrue(rels.containsAll(Set.of("self", "hub")), rels.toString());

    assertEquals(
        "人工智能软件" + token,
        awaitEntry("/feeds/zh-Hans/all.atom?q=" + token, id).getTitle(),
        "the original variant as written");

    Channel rss = reader.rss("/feeds/zh-Hant-HK/all.rss?q=" + token);
    assertEquals("zh-Hant-HK", rss.getLanguage());
    Item item = rss.getItems().get(0);
    assertEquals("urn:uuid:" + id, item.getGuid().getValue());
    assertTrue(item.getContent().getValue().contains("網絡"), "Hong Kong vocabulary");
    assertTrue(item.getLink().endsWith("/stories/" + id + "/zh-Hant-HK"));

    HttpResponse<String> json = reader.get("/feeds/zh-Hant/all.json?q=" + token);
    assertTrue(
        json.headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/feed+json"));
    JsonObject jsonFeed = Http.json(json);
    assertEquals("https://jsonfeed.org/version/1.1", jsonFeed.getString("version"));
    assertEquals("zh-Hant", jsonFeed.getString("language"));
    assertEquals("urn:uuid:" + id, jsonFeed.getJsonArray("items").getJsonObject(0).getString("id"));

    assertTrue(
        reader.atom("/feeds/en/all.atom?q=" + token).getEntries().isEmpty(),
        "English feeds carry English stories only");

    HttpResponse<String> page = reader.page(id, "zh-Hant-TW");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(page.body().contains("<html lang=\"zh-Hant-TW\">"));
    assertTrue(page.body().contains("name=\"viewport\""), "readable on a phone");
    assertTrue(page.body().contains("hreflang=\"zh-Hans\""), "alternates");
    assertTrue(page.body().contains("type=\"application/atom+xml\""), "feed discovery");
    assertTrue(page.body().contains("人工智慧軟體"));
    assertEquals(404, reader.page(id, "en").statusCode());
  }

  @Test
  void aSimplifiedKeywordFindsATaiwanStory() {
    String id = wire.push(Wire.story("zh-Hant-TW", "新軟體" + token, "內容", Instant.now()));
    String query = URLEncoder.encode("新软件" + token, StandardCharsets.UTF_8);
    awaitEntry("/feeds/zh-Hans/all.atom?q=" + query, id);
  }

  @Test
  void pollingIsCheapAndNeverStale() throws Exception {
    String uri = "urn:newsrelay:feed-it:" + UUID.randomUUID();
    Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String id =
        wire.push(Wire.story("en", "First version " + token, "Body.", created).add("uri", uri));
    String path = "/feeds/en/all.atom?q=" + token;
    awaitEntry(path, id);
    String jsonPath = "/feeds/en/all.json?q=" + token;
    Instant firstModified = modified(jsonPath);

    HttpResponse<byte[]> full = bytes(http.request(path).GET());
    String etag = full.headers().firstValue("ETag").orElseThrow();
    String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();
    assertTrue(etag.startsWith("\""), "a strong validator: " + etag);
    assertTrue(full.headers().firstValue("Cache-Control").orElseThrow().contains("no-cache"));
    assertTrue(full.headers().firstValue("Vary").orElseThrow().contains("Accept-Encoding"));

    HttpResponse<byte[]> unchanged = bytes(http.request(path).header("If-None-Match", etag).GET());
    assertEquals(304, unchanged.statusCode());
    assertEquals(0, unchanged.body().length);
    assertEquals(
        304,
        bytes(http.request(path).header("If-Modified-Since", lastModified).GET()).statusCode());

    HttpResponse<byte[]> gzipped =
        bytes(http.request(path).header("Accept-Encoding", "gzip").GET());
    assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow());
    try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
      assertEquals(
          new String(full.body(), StandardCharsets.UTF_8),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> head =
        bytes(http.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, head.statusCode());
    assertEquals(0, head.body().length);
    assertEquals(etag, head.headers().firstValue("ETag").orElseThrow());

    // A correction: the same story, a newer version. The next poll shows it, whatever was cached.
    wire.push(
        Wire.story("en", "Corrected version " + token, "Body.", created.plusSeconds(60))
            .add("uri", uri));
    Http.eventually(
            WAIT,
            () -> reader.entry(path, id),
            e -> e.isPresent() && e.get().getTitle().startsWith("Corrected"))
        .orElseThrow();
    // Atom's dates stop at the second; JSON Feed's show the whole instant.
    assertTrue(modified(jsonPath).isAfter(firstModified), "updated is bumped");
    assertEquals(200, bytes(http.request(path).header("If-None-Match", etag).GET()).statusCode());
  }

  @Test
  void pagesLinkForwardAndBackWithKeysetCursors() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String oldest = wire.push(Wire.story("en", "Oldest " + token, "1", now.minusSeconds(120)));
    String middle = wire.push(Wire.story("en", "Middle " + token, "2", now.minusSeconds(60)));
    String newest = wire.push(Wire.story("en", "Newest " + token, "3", now));
    Http.eventually(
        WAIT, () -> reader.atom("/feeds/en/all.atom?q=" + token).getEntries().size(), n -> n == 3);

    Feed first = reader.atom("/feeds/en/all.atom?limit=1&q=" + token);
    assertEquals(List.of("urn:uuid:" + newest), ids(first));
    assertNull(link(first, "previous"), "the first page has nothing newer");
    Feed second = reader.atom(link(first, "next"));
    assertEquals(List.of("urn:uuid:" + middle), ids(second));
    Feed back = reader.atom(link(second, "previous"));
    assertEquals(List.of("urn:uuid:" + newest), ids(back));
    Feed third = reader.atom(link(second, "next"));
    assertEquals(List.of("urn:uuid:" + oldest), ids(third));
    assertNull(link(third, "next"), "the last page has nothing older");

    String next = link(first, "next");
    int at = next.indexOf("cursor=") + 7;
    String forged =
        next.substring(0, at) + (next.charAt(at) == 'A' ? 'B' : 'A') + next.substring(at + 1);
    HttpResponse<String> refused = reader.get(forged);
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    String otherFeed = next.replace("/feeds/en/", "/feeds/zh-Hans/");
    assertEquals(400, reader.get(otherFeed).statusCode(), "a cursor belongs to its feed");
  }

  @Test
  void aKilledStoryLeavesATombstoneInAtomAndNothingElsewhere() {
    String id = wire.push(Wire.story("en", "To be killed " + token, "Body.", Instant.now()));
    String atomPath = "/feeds/en/all.atom?q=" + token;
    awaitEntry(atomPath, id);
    assertEquals(200, reader.page(id, "en").statusCode());

    assertEquals(200, editor.kill(id, "Legal advice " + token).statusCode());

    String atom = reader.get(atomPath).body();
    assertTrue(Feeds.entry(Feeds.atom(atom), id).isEmpty(), "gone from the entries");
    assertTrue(
        atom.contains("<at:deleted-entry ref=\"urn:uuid:" + id + "\""), "an RFC 6721 tombstone");
    assertFalse(atom.contains("Legal advice " + token), "the kill reason stays on the desk");
    assertFalse(reader.get("/feeds/en/all.rss?q=" + token).body().contains(id));
    assertFalse(reader.get("/feeds/en/all.json?q=" + token).body().contains(id));
    assertEquals(410, reader.page(id, "en").statusCode());
  }

  @Test
  void anEmbargoedStoryAppearsWhenItsEmbargoLiftsWithoutAnyoneAsking() {
    String id = wire.push(Wire.story("en", "Embargoed " + token, "Body.", Instant.now()));
    String path = "/feeds/en/all.atom?q=" + token;
    awaitEntry(path, id);

    Instant until = Instant.now().plusSeconds(20);
    assertEquals(200, editor.embargo(id, until).statusCode());
    if (Instant.now().isBefore(until.minusSeconds(2))) {
      assertTrue(reader.entry(path, id).isEmpty(), "held back");
      assertEquals(404, reader.page(id, "en").statusCode());
    }
    // No further push: the cached page must end at the embargo by itself.
    awaitEntry(path, id);
  }

  @Test
  void theCatalogueListsEveryPublicFeedInItsLanguage() {
    HttpResponse<String> opml = reader.get("/feeds/opml");
    assertEquals(200, opml.statusCode());
    assertTrue(opml.headers().firstValue("Content-Type").orElseThrow().contains("opml"));
    // Every public feed: "all" and each public topic, in 5 languages and 3 formats.
    int feeds = opml.body().split("xmlUrl=").length - 1;
    assertEquals(
        15, opml.body().split("/all\\.(atom|rss|json)\"", -1).length - 1, "5 languages, 3 formats");
    assertEquals(0, feeds % 15, "each public feed in 5 languages and 3 formats: " + feeds);
    assertTrue(opml.body().contains("臺灣"), "the Taiwan feed is titled in its language");
    assertTrue(opml.body().contains("/feeds/zh-Hant-HK/all.json"));
    assertTrue(opml.body().contains("/feeds/zh-Hant-TW/advisories.atom"), "the advisories too");

    HttpResponse<String> index = reader.get("/feeds");
    assertEquals(200, index.statusCode());
    assertTrue(index.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertEquals(feeds, index.body().split("<link rel=\"alternate\"").length - 1, index.body());
  }

  private Entry awaitEntry(String path, String id) {
    return reader.awaitEntry(path, id);
  }

  private Instant modified(String jsonPath) {
    return Instant.parse(
        reader.json(jsonPath).getJsonArray("items").getJsonObject(0).getString("date_modified"));
  }

  private static List<String> ids(Feed feed) {
    return feed.getEntries().stream().map(Entry::getId).toList();
  }

  private String link(Feed feed, String rel) {
    String href =
        feed.getOtherLinks().stream()
            .filter(l -> l.getRel().equals(rel))
            .map(Link::getHref)
            .findFirst()
            .orElse(null);
    // Links are absolute; the tests ask by path, since the server may see itself under another
    // name.
    return href == null ? null : href.substring(href.indexOf("/feeds/"));
  }

  private static HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

package org.newsrelay.it.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Accounts;
import org.newsrelay.it.support.FeedHealth;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.TestDatabase;
import org.newsrelay.it.support.Wire;

/**
 * Feeds show one entry per cluster with the cluster's other sources, and link translations both
 * ways with hreflang. Every story carries a run's own numbers, so that it clusters with its twin of
 * this run and with nothing an earlier run left in the shared database.
 */
class ClusterFeedIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private Wire wireA;
  private Wire wireB;
  private String marker;
  private String numbers;

  @BeforeEach
  void run() {
    wireA = accounts.wire("cluster-a");
    wireB = accounts.wire("cluster-b");
    marker = "cf" + Accounts.unique();
    Random random = new Random();
    numbers =
        random
            .ints(24, 10_000, 99_999)
            .mapToObj(Integer::toString)
            .collect(Collectors.joining("、"));
  }

  @Test
  void oneEntryPerClusterWithEverySourceUntilTheRepresentativeIsKilled() {
    String simplified = "港口在风暴后重新开放，货运恢复。编号 " + marker + "。数据 " + numbers + "。";
    String traditional = taiwanese(simplified);
    assertTrue(!traditional.equals(simplified), traditional);
    String linkA = "https://wire-a.example/story/" + marker;
    String linkB = "https://wire-b.example/story/" + marker;
    // One after the other: the first to arrive is the cluster's entry.
    String a = wireA.pushStored(story("zh-Hans", simplified, linkA));
    String b = wireB.pushStored(story("zh-Hant-TW", traditional, linkB));
    Http.eventually(WAIT, () -> cluster(b), c -> c.equals(cluster(a)));

    // Atom: only the first arrival, its original as via, the other wire as related and in the text.
    Feed atom =
        Http.eventually(
            WAIT,
            () -> Feeds.atom(get("/feeds/zh-Hant/all.atom?q=" + marker)),
            f -> ids(f).size() == 1);
    assertEquals(List.of(entryId(a)), ids(atom));
    Entry entry = atom.getEntries().get(0);
    assertEquals(linkA, link(entry.getOtherLinks(), "via").getHref());
    Link related = link(entry.getOtherLinks(), "related");
    assertEquals(linkB, related.getHref());
    assertEquals("wire-b.example", related.getTitle());
    assertTrue(entry.getContents().get(0).getValue().contains(linkB), "the other wire in the text");

    Channel rss = Feeds.rss(get("/feeds/zh-Hant/all.rss?q=" + marker));
    assertEquals(1, rss.getItems().size());
    Item item = rss.getItems().get(0);
    assertEquals(entryId(a), item.getGuid().getValue());
    assertEquals(linkA, item.getLink());
    assertTrue(item.getContent().getValue().contains(linkB), "the other wire in content:encoded");

    JsonObject json = reader.json("/feeds/zh-Hant/all.json?q=" + marker);
    assertEquals(1, json.getJsonArray("items").size());
    JsonObject jsonItem = json.getJsonArray("items").getJsonObject(0);
    assertEquals(entryId(a), jsonItem.getString("id"));
    assertEquals(linkA, jsonItem.getString("external_url"));
    assertTrue(jsonItem.getString("content_html").contains(linkB));
    assertEquals(
        linkB,
        jsonItem
            .getJsonObject("_cluster")
            .getJsonArray("sources")
            .getJsonObject(0)
            .getString("url"));

    // Without the keyword too: the feed as everyone reads it has the story once.
    Set<String> all = Set.copyOf(ids(Feeds.atom(get("/feeds/zh-Hant/all.atom?limit=200"))));
    assertTrue(all.contains(entryId(a)), "the first arrival is in the feed");
    assertFalse(all.contains(entryId(b)), "its twin is not a second entry");
    // Every member keeps its page, which names the other sources.
    String page = get("/stories/" + b + "/zh-Hant");
    assertTrue(page.contains(linkA), page);

    // The first arrival is killed: its twin takes its place, and Atom says the old entry is gone.
    HttpResponse<String> killed = editor.kill(a, "duplicate test");
    assertEquals(200, killed.statusCode(), killed.body());
    String after = get("/feeds/zh-Hant/all.atom?q=" + marker);
    Feed afterKill = Feeds.atom(after);
    assertEquals(List.of(entryId(b)), ids(afterKill));
    assertTrue(
        after.contains("ref=\"" + entryId(a) + "\""), "a tombstone for the killed entry: " + after);
    assertTrue(
        afterKill.getEntries().get(0).getOtherLinks().stream()
            .noneMatch(l -> "related".equals(l.getRel())),
        "no other sources are left");
    assertEquals(
        1, reader.json("/feeds/zh-Hant/all.json?q=" + marker).getJsonArray("items").size());
    assertEquals(
        entryId(b),
        Feeds.rss(get("/feeds/zh-Hant/all.rss?q=" + marker))
            .getItems()
            .get(0)
            .getGuid()
            .getValue());
  }

  /** A partner's push among a cluster's sources is named by the partner's name, not its id. */
  @Test
  void aPartnerAmongTheSourcesIsNamed() {
    String text = "港口在风暴后重新开放，渡轮恢复。编号 " + marker + "。数据 " + numbers + "。";
    String a = wireA.pushStored(story("zh-Hans", text, "https://wire-a.example/" + marker));
    Partner partner = partner("\"wire\"", "\"zh-Hans\"", null);
    String b = partner.wire().push(story("zh-Hans", text + " ", null));
    Http.eventually(WAIT, () -> cluster(b), c -> c.equals(cluster(a)));

    String name = partner.name();
    Entry entry =
        Http.eventually(
                WAIT,
                () -> Feeds.atom(get("/feeds/zh-Hans/all.atom?q=" + marker)),
                f -> f.getEntries().size() == 1 && hasRelated(f.getEntries().get(0)))
            .getEntries()
            .get(0);
    assertEquals(name, link(entry.getOtherLinks(), "related").getTitle());
    assertFalse(
        get("/feeds/zh-Hans/all.atom?q=" + marker).contains(partner.id()),
        "the partner's id is nowhere in the feed");
    JsonObject source =
        reader
            .json("/feeds/zh-Hans/all.json?q=" + marker)
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("_cluster")
            .getJsonArray("sources")
            .getJsonObject(0);
    assertEquals(name, source.getString("title"), source.toString());
    assertTrue(get("/stories/" + a + "/zh-Hans").contains(name), "the story page names it too");
  }

  private static boolean hasRelated(Entry entry) {
    return entry.getOtherLinks().stream().anyMatch(l -> "related".equals(l.getRel()));
  }

  @Test
  void linkedTranslationsAreHreflangAlternatesBothWays() {
    String en =
        wireA.pushStored(
            story(
                "en",
                "The harbour reopened after the storm, "
                    + marker
                    + ", figures "
                    + numbers.replace('、', ' '),
                null));
    String zh =
        wireB.pushStored(story("zh-Hans", "港口在风暴后重新开放。" + marker + "。数据 " + numbers + "。", null));
    HttpResponse<String> linked = editor.linkTranslation(en, zh);
    assertTrue(linked.statusCode() / 100 == 2, linked.statusCode() + " " + linked.body());

    Entry english = Feeds.atom(get("/feeds/en/all.atom?q=" + marker)).getEntries().get(0);
    assertEquals(entryId(en), english.getId());
    assertTrue(alternate(english, "zh-Hans").endsWith("/stories/" + zh + "/zh-Hans"));
    assertTrue(alternate(english, "zh-Hant-TW").endsWith("/stories/" + zh + "/zh-Hant-TW"));
    Entry chinese = Feeds.atom(get("/feeds/zh-Hant/all.atom?q=" + marker)).getEntries().get(0);
    assertEquals(entryId(zh), chinese.getId());
    assertTrue(alternate(chinese, "en").endsWith("/stories/" + en + "/en"), "and back");

    String englishPage = get("/stories/" + en + "/en");
    assertTrue(
        Pattern.compile(
                "<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"[^\"]*/stories/"
                    + zh
                    + "/zh-Hans\">")
            .matcher(englishPage)
            .find(),
        englishPage);
    String chinesePage = get("/stories/" + zh + "/zh-Hant");
    assertTrue(
        Pattern.compile(
                "<link rel=\"alternate\" hreflang=\"en\" href=\"[^\"]*/stories/" + en + "/en\">")
            .matcher(chinesePage)
            .find(),
        chinesePage);

    // A withdrawn translation is no longer offered, in the other language's feed and page either.
    HttpResponse<String> killed = editor.kill(zh, "translation test");
    assertEquals(200, killed.statusCode(), killed.body());
    assertFalse(get("/stories/" + en + "/en").contains("hreflang=\"zh-Hans\""));
    Entry alone = Feeds.atom(get("/feeds/en/all.atom?q=" + marker)).getEntries().get(0);
    assertTrue(
        alone.getAlternateLinks().stream().noneMatch(l -> "zh-Hans".equals(l.getHreflang())));
  }

  @Test
  void aScriptLinkNeverBecomesAnotherEntrysSource() {
    String simplified = "暴雨后地铁恢复运行，乘客返回。编号 " + marker + "。数据 " + numbers + "。";
    String a = wireA.pushStored(story("zh-Hans", simplified, null));
    // At the door: a link that could run is dropped, so the source points at our own page.
    String b = wireB.pushStored(story("zh-Hant-TW", taiwanese(simplified), "javascript:alert(1)"));
    Http.eventually(WAIT, () -> cluster(b), c -> c.equals(cluster(a)));
    // At the renderer: a row stored before that check carries one all the same.
    TestDatabase.storeLink(b, "javascript:alert(2)");
    wireA.pushStored(story("zh-Hans", "另一则新闻，与此无关。" + Accounts.unique(), null));
    for (String format : List.of(".atom", ".rss", ".json")) {
      String body =
          Http.eventually(
              WAIT, () -> get("/feeds/zh-Hant/all" + format + "?q=" + marker), f -> f.contains(a));
      assertFalse(body.contains("javascript:"), format + ": " + body);
      assertTrue(body.contains("/stories/" + b + "/zh-Hant"), format + " names our page of it");
    }
    String page = get("/stories/" + a + "/zh-Hant");
    assertFalse(page.contains("javascript:"), page);
    FeedHealth.assertFeedsWellFormed(http, "zh-Hans");
  }

  private static JsonObjectBuilder story(String language, String text, String link) {
    JsonObjectBuilder story =
        Wire.story(language, text.substring(0, Math.min(text.length(), 20)), text);
    if (link != null) {
      story.add(
          "links",
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("rel", "canonical").add("href", link)));
    }
    return story;
  }

  private String get(String path) {
    HttpResponse<String> response = reader.get(path);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return response.body();
  }

  private String cluster(String id) {
    return editor.story(id).getString("cluster", "");
  }

  private static String entryId(String id) {
    return "urn:uuid:" + id;
  }

  private static List<String> ids(Feed feed) {
    return feed.getEntries().stream().map(Entry::getId).toList();
  }

  private static Link link(List<Link> links, String rel) {
    return links.stream()
        .filter(l -> rel.equals(l.getRel()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + rel + " link"));
  }

  private static String alternate(Entry entry, String hreflang) {
    return entry.getAlternateLinks().stream()
        .filter(l -> hreflang.equals(l.getHreflang()))
        .map(Link::getHref)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no alternate in " + hreflang));
  }
}

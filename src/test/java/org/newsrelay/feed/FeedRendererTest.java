package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;
import org.xml.sax.InputSource;

/** Every format read back by Rome or JSON-P, the way a feed reader would read it. */
class FeedRendererTest {
  static final UUID STORY = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
  static final UUID KILLED = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
  static final FeedLinks LINKS = new FeedLinks(URI.create("https://news.example/"));

  final FeedRenderer renderer = new FeedRenderer(TextEngine.standard());

  static FeedPage page() {
    FeedStory story =
        new FeedStory(
            STORY,
            Language.ZH_HANT_TW,
            Language.ZH_HANS,
            "人工智慧軟體上市",
            "摘要",
            "<p>第一段 &amp; <b>重點</b></p>",
            "https://wire.example/story/1",
            "記者 王小明",
            Instant.parse("2026-11-28T08:30:00Z"),
            Instant.parse("2026-11-28T09:00:00Z"),
            List.of("科技"),
            List.of(new FeedStory.Translation(KILLED, Language.EN)));
    return new FeedPage(
        Language.ZH_HANT_TW,
        FeedTopic.ALL,
        "全部新聞",
        "說明",
        URI.create("https://news.example/feeds/zh-Hant-TW/all.atom?cursor=c1"),
        URI.create("https://news.example/feeds/zh-Hant-TW/all.atom"),
        URI.create("https://news.example/feeds/zh-Hant-TW/all.atom?cursor=older"),
        URI.create("https://news.example/feeds/zh-Hant-TW/all.atom?cursor=newer"),
        LINKS,
        List.of(story),
        List.of(
            new Tombstone(
                KILLED,
                Instant.parse("2026-11-28T10:00:00Z"),
                "法律因素撤稿",
                Instant.parse("2026-12-28T10:00:00Z"))),
        Instant.parse("2026-11-28T10:00:00Z"));
  }

  @Test
  void atomCarriesLanguageLinksAndStableIds() throws Exception {
    String xml = new String(renderer.render(page(), FeedFormat.ATOM), StandardCharsets.UTF_8);
    assertTrue(xml.contains("xml:lang=\"zh-Hant-TW\""), xml);
    Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    assertEquals("urn:newsrelay:feed:zh-Hant-TW:all", feed.getId());
    Set<String> rels = feed.getOtherLinks().stream().map(Link::getRel).collect(Collectors.toSet());
    assertTrue(
        rels.containsAll(Set.of("self", "hub", "first", "next", "previous", "prev")),
        rels.toString());
    assertEquals(
        "https://news.example/websub",
        feed.getOtherLinks().stream()
            .filter(l -> l.getRel().equals("hub"))
            .findFirst()
            .orElseThrow()
            .getHref());

    Entry entry = feed.getEntries().get(0);
    assertEquals("urn:uuid:" + STORY, entry.getId());
    assertEquals("記者 王小明", entry.getAuthors().get(0).getName());
    assertEquals("html", entry.getContents().get(0).getType());
    assertEquals("<p>第一段 &amp; <b>重點</b></p>", entry.getContents().get(0).getValue());
    assertEquals("科技", entry.getCategories().get(0).getTerm());
    Set<String> hreflangs =
        entry.getAlternateLinks().stream().map(Link::getHreflang).collect(Collectors.toSet());
    assertEquals(Set.of("zh-Hant-TW", "zh-Hans", "zh-Hant", "zh-Hant-HK", "en"), hreflangs);
    assertEquals(
        "https://news.example/stories/" + STORY + "/zh-Hant-TW",
        entry.getAlternateLinks().get(0).getHref(),
        "the first alternate is the page in the feed's own language");
    assertEquals("https://wire.example/story/1", entry.getOtherLinks().get(0).getHref());
    assertEquals("via", entry.getOtherLinks().get(0).getRel());
  }

  @Test
  void atomAnnouncesKilledStoriesAsDeletedEntries() throws Exception {
    String xml = new String(renderer.render(page(), FeedFormat.ATOM), StandardCharsets.UTF_8);
    Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    List<Element> deleted =
        feed.getForeignMarkup().stream()
            .filter(e -> e.getNamespace().equals(AtomWriter.TOMBSTONES))
            .toList();
    assertEquals(1, deleted.size(), xml);
    assertEquals("deleted-entry", deleted.get(0).getName());
    assertEquals("urn:uuid:" + KILLED, deleted.get(0).getAttributeValue("ref"));
    assertEquals("2026-11-28T10:00:00Z", deleted.get(0).getAttributeValue("when"));
    assertEquals("法律因素撤稿", deleted.get(0).getChildText("comment", AtomWriter.TOMBSTONES));
  }

  @Test
  void rssHasGuidDatesContentAndAtomLinks() throws Exception {
    String xml = new String(renderer.render(page(), FeedFormat.RSS), StandardCharsets.UTF_8);
    Channel channel = (Channel) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    assertEquals("rss_2.0", channel.getFeedType());
    assertEquals("zh-Hant-TW", channel.getLanguage());
    Item item = channel.getItems().get(0);
    assertEquals("urn:uuid:" + STORY, item.getGuid().getValue());
    assertFalse(item.getGuid().isPermaLink());
    assertEquals("https://wire.example/story/1", item.getLink(), "the original");
    assertTrue(
        xml.contains(
            "href=\"https://news.example/stories/" + STORY + "/zh-Hant-TW\" rel=\"alternate\""),
        "and our page");
    assertEquals("<p>第一段 &amp; <b>重點</b></p>", item.getContent().getValue());
    assertTrue(xml.contains("<pubDate>Sat, 28 Nov 2026 08:30:00 GMT</pubDate>"), "RFC 822 date");
    DCModule dc = (DCModule) item.getModule(DCModule.URI);
    assertEquals("記者 王小明", dc.getCreator());
    assertTrue(xml.contains("rel=\"self\""), xml);
    assertTrue(xml.contains("<atom:link"), "self and hub as atom:link");
    assertTrue(xml.contains("href=\"https://news.example/websub\" rel=\"hub\""), xml);
  }

  @Test
  void jsonFeedIsVersionOnePointOne() {
    byte[] body = renderer.render(page(), FeedFormat.JSON);
    JsonObject feed = Json.createReader(new ByteArrayInputStream(body)).readObject();
    assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
    assertEquals("zh-Hant-TW", feed.getString("language"));
    assertEquals(
        "https://news.example/feeds/zh-Hant-TW/all.atom?cursor=older", feed.getString("next_url"));
    assertEquals("WebSub", feed.getJsonArray("hubs").getJsonObject(0).getString("type"));
    JsonObject item = feed.getJsonArray("items").getJsonObject(0);
    assertEquals("urn:uuid:" + STORY, item.getString("id"));
    assertEquals("<p>第一段 &amp; <b>重點</b></p>", item.getString("content_html"));
    assertEquals("2026-11-28T08:30:00Z", item.getString("date_published"));
    assertEquals("2026-11-28T09:00:00Z", item.getString("date_modified"));
    assertEquals("記者 王小明", item.getJsonArray("authors").getJsonObject(0).getString("name"));
    assertEquals("科技", item.getJsonArray("tags").getString(0));
    assertEquals("https://wire.example/story/1", item.getString("external_url"));
    assertNotNull(item.getString("url"));
  }

  /** The page with its story's cluster sources added, as FeedService adds them. */
  static FeedPage clusteredPage() {
    FeedPage page = page();
    FeedStory story = page.entries().get(0);
    FeedStory clustered =
        story.withLinks(
            story.translations(),
            List.of(new FeedStory.Source(KILLED, "wire-b.example", "https://wire-b.example/9")));
    return page.withEntries(List.of(clustered), page.tombstones());
  }

  @Test
  void everyFormatNamesTheClustersOtherSources() throws Exception {
    String line =
        "<p class=\"newsrelay-sources\">其他來源： <a href=\"https://wire-b.example/9\">"
            + "wire-b.example</a></p>";
    String atom =
        new String(renderer.render(clusteredPage(), FeedFormat.ATOM), StandardCharsets.UTF_8);
    Entry entry =
        ((Feed) new WireFeedInput().build(new InputSource(new StringReader(atom))))
            .getEntries()
            .get(0);
    assertTrue(entry.getContents().get(0).getValue().endsWith(line), atom);
    Link related =
        entry.getOtherLinks().stream()
            .filter(l -> l.getRel().equals("related"))
            .findFirst()
            .orElseThrow();
    assertEquals("https://wire-b.example/9", related.getHref());
    assertEquals("wire-b.example", related.getTitle());
    assertEquals("via", entry.getOtherLinks().get(0).getRel(), "the entry's own original first");

    String rss =
        new String(renderer.render(clusteredPage(), FeedFormat.RSS), StandardCharsets.UTF_8);
    Item item =
        ((Channel) new WireFeedInput().build(new InputSource(new StringReader(rss))))
            .getItems()
            .get(0);
    assertTrue(item.getContent().getValue().endsWith(line), rss);
    assertTrue(rss.contains("href=\"https://wire-b.example/9\" rel=\"related\""), rss);

    JsonObject json =
        Json.createReader(
                new ByteArrayInputStream(renderer.render(clusteredPage(), FeedFormat.JSON)))
            .readObject()
            .getJsonArray("items")
            .getJsonObject(0);
    assertTrue(json.getString("content_html").endsWith(line));
    assertEquals(
        "wire-b.example",
        json.getJsonObject("_cluster").getJsonArray("sources").getJsonObject(0).getString("title"));
  }

  @Test
  void englishStoriesHaveNoOtherVariants() {
    FeedStory story = page().entries().get(0);
    FeedStory english =
        new FeedStory(
            story.id(),
            Language.EN,
            Language.EN,
            "h",
            null,
            "<p>x</p>",
            null,
            null,
            story.published(),
            story.updated(),
            List.of(),
            List.of());
    assertTrue(english.otherVariants().isEmpty());
    assertEquals(3, story.otherVariants().size());
  }
}

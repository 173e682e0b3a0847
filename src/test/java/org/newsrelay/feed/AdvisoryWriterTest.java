package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Advisory;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;
import org.xml.sax.InputSource;

/** An advisories feed read back as readers read it, in every format. */
class AdvisoryWriterTest {
  static final UUID STORY = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
  static final UUID HOLD = UUID.fromString("11111111-2222-4333-8444-555555555555");
  static final UUID KILL = UUID.fromString("66666666-7777-4888-9999-aaaaaaaaaaaa");

  private final AdvisoryWriter writer = new AdvisoryWriter(TextEngine.standard());

  static FeedPage page(Language language) {
    String feed = "https://news.example/feeds/" + language.tag() + "/advisories.atom";
    return new FeedPage(
        language,
        FeedTopic.ADVISORIES,
        "Advisories",
        "What partners are told",
        URI.create(feed),
        URI.create(feed),
        URI.create(feed + "?cursor=older"),
        null,
        FeedRendererTest.LINKS,
        List.of(),
        List.of(),
        Instant.parse("2026-12-01T10:00:00Z"));
  }

  static List<Advisory> advisories() {
    return List.of(
        new Advisory(
            KILL,
            STORY,
            Advisory.Kind.KILLED,
            Instant.parse("2026-12-01T10:00:00.250Z"),
            "Legal <review>",
            null),
        new Advisory(
            HOLD,
            STORY,
            Advisory.Kind.HELD,
            Instant.parse("2026-12-01T09:00:00Z"),
            null,
            "Harbour reopens"));
  }

  private String render(Language language, FeedFormat format) {
    return new String(writer.render(page(language), advisories(), format), StandardCharsets.UTF_8);
  }

  @Test
  void atomEntriesNameTheirKindAndAnswerTheStorysEntry() throws Exception {
    String xml = render(Language.EN, FeedFormat.ATOM);
    Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    assertEquals("urn:newsrelay:feed:en:advisories", feed.getId());
    assertEquals(2, feed.getEntries().size(), xml);
    Entry kill = feed.getEntries().get(0);
    assertEquals("urn:uuid:" + KILL, kill.getId());
    assertEquals("Withdrawn: story 0f8fad5b", kill.getTitle());
    assertEquals("killed", kill.getCategories().get(0).getTerm());
    assertEquals(FeedExtensions.ADVISORY_SCHEME, kill.getCategories().get(0).getScheme());
    String content = kill.getContents().get(0).getValue();
    assertTrue(content.contains("<p>Legal &lt;review&gt;</p>"), content);
    assertTrue(content.contains("href=\"https://news.example/stories/" + STORY + "/en\""), content);
    // Read from the document: rome-modules' threading parser takes thr: out of foreign markup.
    assertTrue(
        xml.contains("<thr:in-reply-to ref=\"urn:uuid:" + STORY + "\"")
            && xml.contains("xmlns:thr=\"" + FeedExtensions.THREADING.getURI() + "\""),
        xml);
    assertEquals(
        "https://news.example/stories/" + STORY + "/en", kill.getAlternateLinks().get(0).getHref());
    assertTrue(xml.contains("<updated>2026-12-01T10:00:00.250Z</updated>"), xml);
    Entry hold = feed.getEntries().get(1);
    assertEquals("Held: Harbour reopens", hold.getTitle());
    assertEquals(
        "This story is held: do not use it until it is released.", hold.getSummary().getValue());
    assertTrue(xml.contains("rel=\"next\""), "paged like every feed");
  }

  @Test
  void aChineseFeedSpeaksItsLanguage() throws Exception {
    String xml = render(Language.ZH_HANT_TW, FeedFormat.ATOM);
    Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    assertEquals("撤稿：稿件 0f8fad5b", feed.getEntries().get(0).getTitle());
    assertEquals("暫緩：Harbour reopens", feed.getEntries().get(1).getTitle());
    assertEquals("撤稿", feed.getEntries().get(0).getCategories().get(0).getLabel());
  }

  @Test
  void rssItemsHaveGuidsCategoriesAndTheStorysLink() throws Exception {
    String xml = render(Language.EN, FeedFormat.RSS);
    Channel channel = (Channel) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    assertEquals(2, channel.getItems().size(), xml);
    Item kill = channel.getItems().get(0);
    assertEquals("urn:uuid:" + KILL, kill.getGuid().getValue());
    assertFalse(kill.getGuid().isPermaLink());
    assertEquals("https://news.example/stories/" + STORY + "/en", kill.getLink());
    assertEquals("killed", kill.getCategories().get(0).getValue());
    assertEquals(FeedExtensions.ADVISORY_SCHEME, kill.getCategories().get(0).getDomain());
    assertTrue(kill.getDescription().getValue().contains("Legal &lt;review&gt;"), xml);
    assertTrue(xml.contains("<pubDate>Tue, 1 Dec 2026 10:00:00 GMT</pubDate>"), xml);
    assertTrue(xml.contains("thr:in-reply-to ref=\"urn:uuid:" + STORY + "\""), xml);
  }

  @Test
  void jsonFeedItemsCarryTheAdvisoryExtension() {
    JsonObject feed =
        Json.createReader(
                new ByteArrayInputStream(
                    writer.render(page(Language.EN), advisories(), FeedFormat.JSON)))
            .readObject();
    assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
    JsonObject kill = feed.getJsonArray("items").getJsonObject(0);
    assertEquals("urn:uuid:" + KILL, kill.getString("id"));
    assertEquals("https://news.example/stories/" + STORY + "/en", kill.getString("url"));
    JsonObject advisory = kill.getJsonObject("_advisory");
    assertEquals("killed", advisory.getString("kind"));
    assertEquals("urn:uuid:" + STORY, advisory.getString("story"));
    assertEquals("Legal <review>", advisory.getString("notice"));
    assertEquals("killed", kill.getJsonArray("tags").getString(0));
    assertFalse(
        feed.getJsonArray("items")
            .getJsonObject(1)
            .getJsonObject("_advisory")
            .containsKey("notice"));
  }
}

package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Rights;
import org.newsrelay.text.TextEngine;
import org.xml.sax.InputSource;

/**
 * The wire's rights in every format: Atom's rights, RSS's dc:rights, JSON Feed's {@code _rights}
 * extension and the story page. With {@code -Dnewsrelay.feeds.dump=DIR} the documents are written
 * there too, for the W3C Feed Validator (docs/feeds.md says how it was run).
 */
class FeedRightsTest {
  static final Rights RIGHTS = new Rights("新華社", "版權所有 新華社 <2026> & co", "僅限合作夥伴使用");
  static final String STATEMENT = "版權所有 新華社 <2026> & co — 僅限合作夥伴使用";

  final FeedRenderer renderer = new FeedRenderer(TextEngine.standard());

  static FeedPage page(Rights rights) {
    FeedPage page = FeedRendererTest.page();
    return page.withEntries(
        page.entries().stream().map(e -> e.withRights(rights)).toList(), page.tombstones());
  }

  @Test
  void atomHasTheEntrysRights() throws Exception {
    String xml = render(page(RIGHTS), FeedFormat.ATOM, "rights.atom");
    Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    assertEquals(STATEMENT, feed.getEntries().get(0).getRights());
    assertTrue(xml.contains("&lt;2026&gt; &amp; co"), "escaped as text");
  }

  @Test
  void rssHasDublinCoreRightsInItsNamespace() throws Exception {
    String xml = render(page(RIGHTS), FeedFormat.RSS, "rights.rss");
    assertTrue(xml.contains("xmlns:dc=\"http://purl.org/dc/elements/1.1/\""), xml);
    Channel channel = (Channel) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    DCModule dc = (DCModule) channel.getItems().get(0).getModule(DCModule.URI);
    assertEquals(STATEMENT, dc.getRights());
    assertEquals("記者 王小明", dc.getCreator(), "the byline stays");
  }

  @Test
  void jsonFeedHasAnExtensionObject() throws Exception {
    JsonObject item =
        Json.createReader(new StringReader(render(page(RIGHTS), FeedFormat.JSON, "rights.json")))
            .readObject()
            .getJsonArray("items")
            .getJsonObject(0);
    JsonObject rights = item.getJsonObject("_rights");
    assertEquals(STATEMENT, rights.getString("statement"));
    assertEquals("新華社", rights.getString("holder"));
    assertEquals("版權所有 新華社 <2026> & co", rights.getString("notice"));
    assertEquals("僅限合作夥伴使用", rights.getString("usage_terms"));
  }

  @Test
  void theStoryPageSaysIt() {
    String html = renderer.storyPage(page(RIGHTS).entries().get(0), FeedRendererTest.LINKS);
    assertTrue(
        html.contains(
            "<p class=\"rights\"><small>版權所有 新華社 &lt;2026&gt; &amp; co — 僅限合作夥伴使用</small></p>"),
        html);
  }

  @Test
  void aHolderAloneIsAClaimAndNoRightsAreNoElement() throws Exception {
    assertEquals("© Harbour Wire", new Rights("Harbour Wire", null, null).statement());
    assertEquals("Partners only", new Rights(null, null, "Partners only").statement());
    String atom = render(page(null), FeedFormat.ATOM, null);
    assertFalse(atom.contains("<rights"), atom);
    String rss = render(page(null), FeedFormat.RSS, null);
    assertFalse(rss.contains("dc:rights"), rss);
    assertNull(
        Json.createReader(new StringReader(render(page(null), FeedFormat.JSON, null)))
            .readObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .get("_rights"));
    String cleaned = render(page(new Rights("\u0000", " ", null)), FeedFormat.ATOM, null);
    assertFalse(cleaned.contains("<rights"), "nothing left once cleaned: " + cleaned);
  }

  private String render(FeedPage page, FeedFormat format, String dumpAs) throws IOException {
    String body = new String(renderer.render(page, format), StandardCharsets.UTF_8);
    String dump = System.getProperty("newsrelay.feeds.dump");
    if (dump != null && dumpAs != null) {
      Files.createDirectories(Path.of(dump));
      Files.writeString(Path.of(dump, dumpAs), body);
    }
    return body;
  }
}

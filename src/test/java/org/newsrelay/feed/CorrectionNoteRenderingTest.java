package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;
import org.newsrelay.text.TextEngine;
import org.xml.sax.InputSource;

/**
 * A corrected story's entry carries the editor's note in every format: a first paragraph of the
 * content for people, and for software a category in the advisories' scheme and nr:correction
 * (Atom, RSS) or _correction (JSON Feed).
 */
class CorrectionNoteRenderingTest {
  private static final String NOTE = "標題中的軟體名稱有誤";
  private static final String LINE =
      "<p class=\"newsrelay-correction\"><strong>更正：</strong> " + NOTE + "</p>";

  private final FeedRenderer renderer = new FeedRenderer(TextEngine.standard());

  private static FeedPage corrected() {
    FeedPage page = FeedRendererTest.page();
    FeedStory story = page.entries().get(0).withCorrection(NOTE);
    return page.withEntries(List.of(story), page.tombstones());
  }

  @Test
  void atomHasTheNoteFirstInTheContentACategoryAndTheNote() throws Exception {
    String xml = new String(renderer.render(corrected(), FeedFormat.ATOM), StandardCharsets.UTF_8);
    Entry entry =
        ((Feed) new WireFeedInput().build(new InputSource(new StringReader(xml))))
            .getEntries()
            .get(0);
    assertTrue(entry.getContents().get(0).getValue().startsWith(LINE), xml);
    Category category =
        entry.getCategories().stream()
            .filter(c -> FeedExtensions.ADVISORY_SCHEME.equals(c.getScheme()))
            .findFirst()
            .orElseThrow();
    assertEquals("corrected", category.getTerm());
    assertEquals("更正", category.getLabel());
    Element note =
        entry.getForeignMarkup().stream()
            .filter(e -> e.getNamespace().equals(FeedExtensions.NEWSRELAY))
            .findFirst()
            .orElseThrow(() -> new AssertionError(xml));
    assertEquals("correction", note.getName());
    assertEquals(NOTE, note.getText());
  }

  @Test
  void rssHasTheNoteInTheDescriptionAndTheContent() throws Exception {
    String xml = new String(renderer.render(corrected(), FeedFormat.RSS), StandardCharsets.UTF_8);
    Item item =
        ((Channel) new WireFeedInput().build(new InputSource(new StringReader(xml))))
            .getItems()
            .get(0);
    assertTrue(item.getDescription().getValue().startsWith("<p>更正：" + NOTE + "</p>"), xml);
    assertTrue(item.getContent().getValue().startsWith(LINE), xml);
    assertTrue(
        item.getCategories().stream()
            .anyMatch(
                c ->
                    FeedExtensions.ADVISORY_SCHEME.equals(c.getDomain())
                        && "corrected".equals(c.getValue())),
        xml);
    assertTrue(xml.contains("<nr:correction"), xml);
  }

  @Test
  void jsonFeedHasTheNoteInTheContentAndAnExtension() {
    JsonObject item =
        Json.createReader(new ByteArrayInputStream(renderer.render(corrected(), FeedFormat.JSON)))
            .readObject()
            .getJsonArray("items")
            .getJsonObject(0);
    assertTrue(item.getString("content_html").startsWith(LINE), item.toString());
    assertTrue(item.getString("content_text").startsWith("更正： " + NOTE), item.toString());
    assertEquals(NOTE, item.getJsonObject("_correction").getString("note"));
  }

  @Test
  void theStoryPageShowsTheNoteAboveTheText() {
    String html = renderer.storyPage(corrected().entries().get(0), FeedRendererTest.LINKS);
    assertTrue(html.contains("<div class=\"body\">" + LINE), html);
  }

  @Test
  void anEntryWithoutACorrectionIsAsItWas() throws Exception {
    String xml =
        new String(
            renderer.render(FeedRendererTest.page(), FeedFormat.ATOM), StandardCharsets.UTF_8);
    assertTrue(!xml.contains("newsrelay-correction") && !xml.contains("urn:newsrelay:advisory"));
  }
}

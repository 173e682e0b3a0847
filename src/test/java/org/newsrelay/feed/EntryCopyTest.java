package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Language;
import org.newsrelay.story.Rendition;
import org.newsrelay.story.Renditions;
import org.newsrelay.story.Story;
import org.newsrelay.story.StoryCopy;
import org.newsrelay.text.TextEngine;

/** A feed entry lays out the desk's copy; it converts nothing on its own. */
class EntryCopyTest {
  final EntryCopy entries = new EntryCopy(TextEngine.standard());

  static Story story(Language language) {
    Story story = new Story(UUID.randomUUID(), "test", "urn:x", null);
    story.revise(
        new StoryCopy(
            language,
            "h",
            null,
            "x",
            null,
            "https://wire.example/1",
            null,
            Instant.parse("2026-11-28T08:00:00Z"),
            List.of(),
            StoryCopy.WireStatus.USABLE,
            null));
    return story;
  }

  static Renditions.ReaderCopy copy(Language language, String headline, String text, String html) {
    return new Renditions.ReaderCopy(
        new Rendition(language, Rendition.Kind.CORRECTED, headline, text, html),
        "摘要",
        "记者",
        List.of("软件"));
  }

  @Test
  void theDesksCopyIsShownAsItIs() {
    // Simplified words in a Taiwan rendition stay: whatever the desk decided is what readers get.
    FeedStory entry =
        entries.render(
            story(Language.ZH_HANS),
            Language.ZH_HANT_TW,
            copy(Language.ZH_HANT_TW, "编辑的标题", "网络\n第二段", null));
    assertEquals("编辑的标题", entry.headline());
    assertEquals("<p>网络</p><p>第二段</p>", entry.contentHtml());
    assertEquals("摘要", entry.summary());
    assertEquals("记者", entry.byline());
    assertEquals(List.of("软件"), entry.categories());
    assertEquals(Language.ZH_HANS, entry.original());
  }

  @Test
  void htmlIsSanitisedByEveryWriter() {
    FeedStory entry =
        entries.render(
            story(Language.EN),
            Language.EN,
            copy(
                Language.EN,
                "h",
                null,
                "<p onclick=\"x()\">a<script>alert(1)</script> <a href=\"https://a.example/\">b</a></p>"));
    for (String html :
        List.of(
            FeedRenderer.readable(entry, TextEngine.standard()).contentHtml(),
            new StoryPageWriter()
                .write(entry, new FeedLinks(java.net.URI.create("https://n.example/"))))) {
      assertFalse(html.contains("<script>") || html.contains("alert("), html);
      assertTrue(
          org.jsoup.Jsoup.parse(html).select("script:not([type=application/ld+json])").isEmpty(),
          html);
      assertFalse(html.contains("onclick"), html);
      assertTrue(html.contains(">b</a>"), html);
    }
  }

  @Test
  void plainTextIsEscaped() {
    assertEquals(
        "<p>1 &lt; 2 &amp; &lt;b&gt;not bold&lt;/b&gt;</p>",
        entries
            .render(
                story(Language.EN),
                Language.EN,
                copy(Language.EN, "h", "1 < 2 & <b>not bold</b>", null))
            .contentHtml());
  }
}

package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Language;
import org.newsrelay.story.Story;
import org.newsrelay.story.StoryCopy;
import org.newsrelay.text.TextEngine;

class RenditionsTest {
  final Renditions renditions = new Renditions(TextEngine.standard());

  static Story story(Language language, String headline, String text, String html) {
    Story story = new Story(UUID.randomUUID(), "test", "urn:x", null);
    story.revise(
        new StoryCopy(
            language,
            headline,
            null,
            text,
            html,
            "https://wire.example/1",
            null,
            Instant.parse("2026-11-28T08:00:00Z"),
            java.util.List.of(),
            StoryCopy.WireStatus.USABLE,
            null));
    return story;
  }

  @Test
  void aSimplifiedStoryIsConvertedToTaiwanVocabulary() {
    Story story = story(Language.ZH_HANS, "人工智能软件", "网络\n第二段", null);
    StoryRendition rendition = renditions.render(story, Language.ZH_HANT_TW);
    assertEquals("人工智慧軟體", rendition.headline());
    assertEquals("<p>網路</p><p>第二段</p>", rendition.contentHtml());
    assertEquals(Language.ZH_HANS, rendition.original());
  }

  @Test
  void theOriginalVariantIsLeftAsWritten() {
    Story story = story(Language.ZH_HANT_HK, "軟件", "x", null);
    assertEquals("軟件", renditions.render(story, Language.ZH_HANT_HK).headline());
  }

  @Test
  void htmlIsSanitisedAndConvertedInTextOnly() {
    Story story =
        story(
            Language.ZH_HANS,
            "h",
            null,
            "<p onclick=\"x()\">软件<script>alert(1)</script> <a href=\"https://a.example/软件\">网络</a></p>");
    String html = renditions.render(story, Language.ZH_HANT_TW).contentHtml();
    assertFalse(html.contains("script"), html);
    assertFalse(html.contains("onclick"), html);
    assertTrue(html.contains("軟體"), html);
    assertTrue(html.contains(">網路</a>"), html);
  }

  @Test
  void plainTextIsEscaped() {
    Story story = story(Language.EN, "h", "1 < 2 & <b>not bold</b>", null);
    assertEquals(
        "<p>1 &lt; 2 &amp; &lt;b&gt;not bold&lt;/b&gt;</p>",
        renditions.render(story, Language.EN).contentHtml());
  }
}

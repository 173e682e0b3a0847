package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizeTest {
  private final TextEngine engine = TextEngine.standard();

  @Test
  void scrapedCopyLosesCaptionAndCommentThreadButKeepsEveryStoryParagraph() throws IOException {
    List<String> lines = ConversionTrapsTest.fixture("text/people-news-deepseek.txt");
    Normalized n = engine.normalize(String.join("\n", lines), null);
    assertEquals("OpenAI diagram (created by ChatGPT)", n.removed().get(0));
    assertEquals(7, n.removed().size(), n.removed().toString());
    assertTrue(n.removed().contains("Yes Sure!"));
    for (String story : lines.subList(1, lines.size() - 6)) {
      assertTrue(n.text().contains(story.strip()), "lost: " + story);
    }
    assertEquals("en", n.detected().language());
  }

  @Test
  void headlineOfCleanedCopyIsItsFirstSentenceCutOnAWord() throws IOException {
    String raw = String.join("\n", ConversionTrapsTest.fixture("text/people-news-deepseek.txt"));
    String headline = engine.headline(engine.normalize(raw, null).plainText(), 80);
    assertTrue(headline.startsWith("The artificial intelligence DeepSeek"), headline);
    assertTrue(headline.length() <= 80 && headline.endsWith("…"), headline);
    assertFalse(headline.contains("diagram"));
  }

  @Test
  void fullWidthLatinAndDigitsBecomeHalfWidthWhileChinesePunctuationStays() {
    assertEquals(
        "DeepSeek花费560万美元，训练了模型。真的吗？",
        engine.normalize("ＤｅｅｐＳｅｅｋ花费５６０万美元，训练了模型。真的吗？", null).text());
  }

  @Test
  void halfWidthPunctuationBetweenHanBecomesFullWidth() {
    assertEquals("他说：好，走吧", engine.normalize("他说:好,走吧", null).text());
  }

  @Test
  void invisibleAndControlCharactersGoNewlinesAndTabsStay() {
    assertEquals(
        "a b\tc\nd e", engine.normalize("a\u00A0b\tc\u200B\u202E\u0007\r\nd\u3000e", null).text());
  }

  @Test
  void loneSurrogateBecomesReplacementCharacterAndWarning() {
    Normalized n = engine.normalize("abc\uD800def", null);
    assertEquals("abc\uFFFDdef", n.text());
    assertFalse(n.warnings().isEmpty());
  }

  @Test
  void chineseStoryIsDetectedAndConvertedToTheTarget() throws IOException {
    String story = String.join("\n", ConversionTrapsTest.fixture("text/deepseek-cost.zh-Hans.txt"));
    Normalized n = engine.normalize(story, "zh-Hant-TW");
    assertEquals("zh-Hans", n.detected().variant());
    assertTrue(n.text().contains("人工智慧"), n.text());
    assertTrue(n.removed().isEmpty(), n.removed().toString());
    assertEquals(story.strip().lines().count(), n.text().lines().count());
  }

  @Test
  void normalizeHtmlSanitisesAndConverts() {
    Normalized n =
        engine.normalizeHtml(
            "<p onclick=x>软件<script>alert(1)</script><a href=\"javascript:x\">链接</a></p>",
            "zh-Hant-TW");
    assertEquals("<p>軟體<a>連結</a></p>", n.text());
    assertEquals("軟體連結", n.plainText());
  }
}

package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quotation marks follow the target region in every Chinese rendition: 「」 and 『』 for zh-Hant,
 * zh-Hant-TW and zh-Hant-HK, “” and ‘’ for zh-Hans, paired by nesting whatever style came in.
 */
class QuotationMarksTest {
  private final TextEngine engine = TextEngine.standard();

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          zh-Hans    | zh-Hant-TW | 他说：“看起来不错。” | 他說：「看起來不錯。」
          zh-Hans    | zh-Hant-HK | 他说：“看起来不错。” | 他説：「看起來不錯。」
          zh-Hans    | zh-Hant    | 他说：“看起来不错。” | 他說：「看起來不錯。」
          zh-Hant-TW | zh-Hans    | 他說：「看起來不錯。」 | 他说：“看起来不错。”
          zh-Hant-HK | zh-Hans    | 他説：「看起來不錯。」 | 他说：“看起来不错。”
          # nesting, both ways, and three deep
          zh-Hans    | zh-Hant-TW | 她说：“老师告诉我们‘要守时’。” | 她說：「老師告訴我們『要守時』。」
          zh-Hant-TW | zh-Hans    | 她說：「老師告訴我們『要守時』。」 | 她说：“老师告诉我们‘要守时’。”
          zh-Hans    | zh-Hant-TW | 他说：“她说‘他喊“快跑”’。” | 他說：「她說『他喊「快跑」』。」
          # a mainland writer's ‘’ used at the outer level still becomes the outer marks
          zh-Hans    | zh-Hant-TW | 所谓‘内卷’，是指过度竞争。 | 所謂「內捲」，是指過度競爭。
          # Traditional to Traditional: 「」 stays; a Taiwan writer's “” becomes 「」
          zh-Hant-TW | zh-Hant-HK | 他說：「好。」 | 他説：「好。」
          zh-Hant-TW | zh-Hant    | 他說：“好。” | 他說：「好。」
          # quotes in Latin text, apostrophes, a Latin quotation in Chinese copy
          zh-Hans    | zh-Hant-TW | 报道称 He said “no” to them. | 報道稱 He said “no” to them.
          zh-Hans    | zh-Hant-TW | 苹果的 iPhone’s 销量 | 蘋果的 iPhone’s 銷量
          zh-Hans    | zh-Hant-TW | 他说：“I’m fine.” | 他說：「I’m fine.」
          zh-Hans    | zh-Hant-TW | 他说：“‘Yes,’ she said.” | 他說：「‘Yes,’ she said.」
          zh-Hans    | zh-Hant-TW | 品牌名为“OK”。 | 品牌名為「OK」。
          # URLs carry no typographic marks, and ASCII quotes are never touched; code spans are left
          zh-Hans    | zh-Hant-TW | 详见“https://example.com/a?q=\"x\"”。 | 詳見「https://example.com/a?q=\"x\"」。
          zh-Hans    | zh-Hant-TW | 运行 `echo “hi”` 后，他说“好”。 | 執行 `echo “hi”` 後，他說「好」。
          # a mark with no partner stays as it was
          zh-Hans    | zh-Hant-TW | 他说：“没说完 | 他說：“沒說完
          # full-width punctuation between Han characters is kept
          zh-Hans    | zh-Hant-TW | 甲、乙；丙：“丁”！ | 甲、乙；丙：「丁」！
          """)
  void followsTheTargetRegion(String from, String to, String in, String expected) {
    assertEquals(expected, engine.convert(in, from, to));
  }

  @Test
  void aQuotationOverParagraphsOpensAgainAtEachAndClosesOnce() {
    String in = "他说：“第一段话。\n“第二段话，‘引述’。\n“第三段话。”\n记者问：“还有吗？”";
    assertEquals(
        "他說：「第一段話。\n「第二段話，『引述』。\n「第三段話。」\n記者問：「還有嗎？」", engine.convert(in, "zh-Hans", "zh-Hant-TW"));
    // and back: the same pairing gives the mainland's marks
    assertEquals(
        in, engine.convert(engine.convert(in, "zh-Hans", "zh-Hant-TW"), "zh-Hant-TW", "zh-Hans"));
  }

  @Test
  void aStrayBacktickSilencesOnlyItsOwnLine() {
    assertEquals(
        "價格為 5` 美元，“便宜”\n他說：「好。」",
        engine.convert("价格为 5` 美元，“便宜”\n他说：“好。”", "zh-Hans", "zh-Hant-TW"));
  }

  @Test
  void htmlIsPairedAcrossElementsAndParagraphs() {
    String html = "<p>他说：“这是<em>重要</em>的一天。</p><p>“我们会继续。”</p>";
    assertEquals(
        "<p>他說：「這是<em>重要</em>的一天。</p>\n<p>「我們會繼續。」</p>",
        engine.convertHtml(html, "zh-Hans", "zh-Hant-TW"));
    assertEquals(
        "<p>他説：「<em>重要</em>」</p>",
        engine.convertHtml("<p>他说：“<em>重要</em>”</p>", "zh-Hans", "zh-Hant-HK"));
  }

  @Test
  void normalizeConvertsTheMarksAsConvertDoes() {
    assertEquals("他說：「好。」", engine.normalize("他说：“好。”", "zh-Hant-TW").text());
    assertEquals("<p>他說：「好。」</p>", engine.normalizeHtml("<p>他说：“好。”</p>", "zh-Hant-TW").text());
  }
}

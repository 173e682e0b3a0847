package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unihan's standard Simplified forms fill in where OpenCC's tables have no say, and only there. */
class UnihanSimplificationTest {
  private final TextEngine engine = TextEngine.standard();
  private final Map<Character, String> forms = TextEngine.tables().unihan().forms();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # kSimplifiedVariant: a variant form with a standard Simplified one
          彞族文化節 | 彝族文化节
          # kZVariant: the same character in a Japanese or older glyph shape
          黒色星期五 | 黑色星期五
          郷村振興 | 乡村振兴
          値得一提 | 值得一提
          # kSemanticVariant, where OpenCC simplifies the variant: Hong Kong's and Japan's forms
          衞生署 | 卫生署
          粧容 | 妆容
          歳末 | 岁末
          鉄路 | 铁路
          # a semantic variant OpenCC does not simplify is no evidence (Unihan pairs 妳 with 奶)
          妳好嗎 | 妳好吗
          # nor is one only Fenn's dictionary attests (卍 with 萬)
          卍字 | 卍字
          # Japanese new forms Unihan says nothing useful about: through OpenCC's JPShinjitai
          # table to the old form, then simplified (総's Unihan form is a rare Ext. H glyph)
          総理 | 总理
          経済様式 | 经济样式
          一覧 | 一览
          読者 | 读者
          駅前 | 驿前
          # a shinjitai that is a standard Chinese character in its own right is left alone
          芸芸衆生 | 芸芸众生
          武弁 | 武弁
          欠款 | 欠款
          """)
  void fillsInWhereOpenCcHasNoSay(String traditional, String simplified) {
    assertEquals(simplified, engine.convert(traditional, "zh-Hant", "zh-Hans"));
  }

  @Test
  void neverChangesACharacterOpenCcDecides() {
    // Independently of ConversionTables: every character TSCharacters maps, every form it or
    // TSPhrases gives, every Simplified key of STCharacters.
    boolean[] decided = new boolean[Character.MAX_VALUE + 1];
    DictionaryFile.read(ConversionParts.OPENCC + "TSCharacters.txt")
        .forEachCandidate(
            (k, v) -> {
              k.chars().forEach(c -> decided[c] = true);
              for (String form : v) {
                form.chars().forEach(c -> decided[c] = true);
              }
            });
    DictionaryFile.load(ConversionParts.OPENCC + "TSPhrases.txt")
        .values()
        .forEach(v -> v.chars().forEach(c -> decided[c] = true));
    DictionaryFile.load(ConversionParts.OPENCC + "STCharacters.txt")
        .keySet()
        .forEach(k -> k.chars().forEach(c -> decided[c] = true));
    List<String> overridden = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (decided[c] && TextEngine.tables().unihan().convert((char) c) != null) {
        overridden.add(String.valueOf((char) c));
      }
    }
    forms.keySet().stream().filter(c -> decided[c]).forEach(c -> overridden.add("" + c));
    assertEquals(List.of(), overridden);
    assertTrue(forms.size() > 20, "Unihan gave " + forms.size() + " forms");
  }

  @Test
  void everyCharacterWithAStandardSimplifiedFormIsSimplified() {
    // Through the engine, not just the table: each character Unihan gives a standard form comes out
    // in that form.
    List<String> unchanged = new ArrayList<>();
    forms.forEach(
        (c, form) -> {
          String out = engine.convert(String.valueOf(c), "zh-Hant", "zh-Hans");
          if (!out.equals(form)) {
            unchanged.add(c + "→" + out + " (Unihan: " + form + ")");
          }
        });
    assertEquals(List.of(), unchanged);
  }
}

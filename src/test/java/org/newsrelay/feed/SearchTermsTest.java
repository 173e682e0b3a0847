package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;

class SearchTermsTest {
  final TextEngine text = TextEngine.standard();

  @Test
  void aSimplifiedKeywordIsSpelledInEveryVariant() {
    List<String> spellings = SearchTerms.of("软件", Language.ZH_HANT_TW, text).spellings();
    assertTrue(spellings.contains("软件"), spellings.toString());
    assertTrue(spellings.contains("軟體"), "Taiwan's word: " + spellings);
    assertTrue(spellings.contains("軟件"), "Hong Kong's: " + spellings);
  }

  @Test
  void aTraditionalKeywordFindsSimplifiedStories() {
    assertTrue(SearchTerms.of("網絡", Language.ZH_HANS, text).spellings().contains("网络"));
  }

  @Test
  void keywordsAreNormalisedLikeStoredCopy() {
    assertEquals("deepseek ai", SearchTerms.of("  ＤｅｅｐＳｅｅｋ   AI ", Language.EN, text).keyword());
    assertEquals(
        List.of("deepseek ai"), SearchTerms.of("DeepSeek AI", Language.EN, text).spellings());
  }

  @Test
  void likeWildcardsInTheKeywordAreLiteral() {
    assertEquals("%100!%!_a!!%", SearchTerms.likePattern("100%_a!"));
  }

  @Test
  void overlongKeywordsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> SearchTerms.of("x".repeat(101), Language.EN, text));
    assertThrows(IllegalArgumentException.class, () -> SearchTerms.of("   ", Language.EN, text));
  }
}

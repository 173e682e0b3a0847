package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.text.TextEngine;

class SearchTermsTest {
  final TextEngine text = TextEngine.standard();

  @Test
  void keywordsAreNormalisedForTheFeedsIdentity() {
    assertEquals("deepseek ai", SearchTerms.of("  ＤｅｅｐＳｅｅｋ   AI ", text).keyword());
  }

  @Test
  void theWordsAreTheSearchIndexs() {
    assertEquals(
        List.of(List.of("deepseek", "ai")), SearchTerms.of("DeepSeek AI", text).words().readings());
    assertTrue(
        SearchTerms.of("軟體", text).words().readings().contains(List.of("软件")),
        "Taiwan's word reads as the folded one the index keeps");
  }

  @Test
  void overlongKeywordsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SearchTerms.of("x".repeat(101), text));
    assertThrows(IllegalArgumentException.class, () -> SearchTerms.of("   ", text));
  }
}

package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextEngineApiTest {
  private final TextEngine engine = TextEngine.standard();

  @Test
  void supportsTheFiveTagsOfTheDesign() {
    assertEquals(
        java.util.Set.of("en", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"),
        TextEngine.supportedTags());
  }

  @Test
  void anUnknownTargetTagIsRejectedWithItsOwnException() {
    assertThrows(UnknownTagException.class, () -> engine.convert("文本", null, "zh-CN"));
  }
}

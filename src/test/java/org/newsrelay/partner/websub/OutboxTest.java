package org.newsrelay.partner.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Language;

class OutboxTest {
  @Test
  void anEnglishStoryChangesTheEnglishFeeds() {
    assertEquals(List.of("en"), Outbox.affectedLanguages(Language.EN));
  }

  @Test
  void aChineseStoryChangesEveryChineseVariant() {
    List<String> all = List.of("zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK");
    assertEquals(all, Outbox.affectedLanguages(Language.ZH_HANS));
    assertEquals(all, Outbox.affectedLanguages(Language.ZH_HANT_HK));
  }
}

package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Language;

/** Merging the per-language range scans into one page, in the database's own order. */
class FeedSelectionTest {

  static StoryOrder.Position story(String id, String created, Language language) {
    return new StoryOrder.Position(Instant.parse(created), UUID.fromString(id));
  }

  @Test
  void chineseFeedsDrawOnEveryChineseVariant() {
    assertEquals(4, FeedSelection.storedLanguages(Language.ZH_HANT_HK).size());
    assertEquals(List.of(Language.EN), FeedSelection.storedLanguages(Language.EN));
  }

  @Test
  void pagesMergeNewestFirstAndBreakTiesAsTheDatabaseDoes() {
    StoryOrder.Position hans =
        story("00000000-0000-0000-0000-000000000001", "2026-11-28T10:00:00Z", Language.ZH_HANS);
    // Same instant: the id with the high bit set sorts after as unsigned bytes, before as a signed
    // long.
    StoryOrder.Position tw1 =
        story("90000000-0000-0000-0000-000000000000", "2026-11-28T09:00:00Z", Language.ZH_HANT_TW);
    StoryOrder.Position tw2 =
        story("10000000-0000-0000-0000-000000000000", "2026-11-28T09:00:00Z", Language.ZH_HANT_TW);
    StoryOrder.Position hk =
        story("00000000-0000-0000-0000-000000000002", "2026-11-28T08:00:00Z", Language.ZH_HANT_HK);
    List<StoryOrder.Position> page =
        FeedSelection.merge(List.of(List.of(hans), List.of(tw1, tw2), List.of(hk)), 3, false);
    assertEquals(List.of(hans, tw1, tw2), page);
  }

  @Test
  void aNewerPageIsTheOldestOfTheNewerStoriesShownNewestFirst() {
    StoryOrder.Position a =
        story("00000000-0000-0000-0000-00000000000a", "2026-11-28T10:00:00Z", Language.EN);
    StoryOrder.Position b =
        story("00000000-0000-0000-0000-00000000000b", "2026-11-28T11:00:00Z", Language.EN);
    StoryOrder.Position c =
        story("00000000-0000-0000-0000-00000000000c", "2026-11-28T12:00:00Z", Language.EN);
    // The database returns newer stories oldest first.
    assertEquals(List.of(b, a), FeedSelection.merge(List.of(List.of(a, b, c)), 2, true));
  }
}

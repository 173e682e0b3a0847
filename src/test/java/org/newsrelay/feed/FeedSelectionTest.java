package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Language;
import org.newsrelay.story.Story;
import org.newsrelay.story.StoryCopy;

/** Merging the per-language range scans into one page, in the database's own order. */
class FeedSelectionTest {

  static Story story(String id, String created, Language language) {
    Story story = new Story(UUID.fromString(id), "test", "urn:" + id, null);
    story.revise(
        new StoryCopy(language, "h" + id, null, "body", null, null, null, Instant.parse(created)));
    return story;
  }

  @Test
  void chineseFeedsDrawOnEveryChineseVariant() {
    assertEquals(4, FeedSelection.storedLanguages(Language.ZH_HANT_HK).size());
    assertEquals(List.of(Language.EN), FeedSelection.storedLanguages(Language.EN));
  }

  @Test
  void pagesMergeNewestFirstAndBreakTiesAsTheDatabaseDoes() {
    Story hans =
        story("00000000-0000-0000-0000-000000000001", "2026-11-28T10:00:00Z", Language.ZH_HANS);
    // Same instant: the id with the high bit set sorts after as unsigned bytes, before as a signed
    // long.
    Story tw1 =
        story("90000000-0000-0000-0000-000000000000", "2026-11-28T09:00:00Z", Language.ZH_HANT_TW);
    Story tw2 =
        story("10000000-0000-0000-0000-000000000000", "2026-11-28T09:00:00Z", Language.ZH_HANT_TW);
    Story hk =
        story("00000000-0000-0000-0000-000000000002", "2026-11-28T08:00:00Z", Language.ZH_HANT_HK);
    List<Story> page =
        FeedSelection.merge(List.of(List.of(hans), List.of(tw1, tw2), List.of(hk)), 3, false);
    assertEquals(List.of(hans, tw1, tw2), page);
  }

  @Test
  void aNewerPageIsTheOldestOfTheNewerStoriesShownNewestFirst() {
    Story a = story("00000000-0000-0000-0000-00000000000a", "2026-11-28T10:00:00Z", Language.EN);
    Story b = story("00000000-0000-0000-0000-00000000000b", "2026-11-28T11:00:00Z", Language.EN);
    Story c = story("00000000-0000-0000-0000-00000000000c", "2026-11-28T12:00:00Z", Language.EN);
    // The database returns newer stories oldest first.
    assertEquals(List.of(b, a), FeedSelection.merge(List.of(List.of(a, b, c)), 2, true));
  }
}

package org.newsrelay.feed;

import java.util.Comparator;
import java.util.UUID;
import org.newsrelay.story.Story;

/**
 * Newest first, ties broken by id, exactly as the database orders (version_created desc, id desc):
 * PostgreSQL and H2 compare uuids as unsigned bytes, which {@link UUID#compareTo} does not.
 */
final class StoryOrder {
  static final Comparator<Story> NEWEST_FIRST =
      Comparator.comparing(Story::versionCreated)
          .thenComparing(Story::id, StoryOrder::compareUnsigned)
          .reversed();

  private StoryOrder() {}

  static int compareUnsigned(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }
}

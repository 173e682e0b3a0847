package org.newsrelay.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * Newest first, ties broken by id, exactly as the database orders (version_created desc, id desc):
 * PostgreSQL and H2 compare uuids as unsigned bytes, which {@link UUID#compareTo} does not.
 */
final class StoryOrder {
  /** Where a story stands in a feed. */
  record Position(Instant versionCreated, UUID id) {}

  static final Comparator<Position> NEWEST_FIRST =
      Comparator.comparing(Position::versionCreated)
          .thenComparing(Position::id, StoryOrder::compareUnsigned)
          .reversed();

  private StoryOrder() {}

  static int compareUnsigned(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }
}

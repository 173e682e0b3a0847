package org.newsrelay.feed;

import java.time.Instant;
import java.util.List;
import org.newsrelay.story.Story;

/**
 * The stories on one page of a feed, the first {@code pinned} of them an editor's pins and the rest
 * newest first, and what the page must know about its surroundings: whether older and newer pages
 * exist, the tombstones it carries, and the next moment its content changes by itself (an embargo
 * lifting, a tombstone or a pin expiring).
 */
public record SelectedPage(
    List<Story> stories,
    int pinned,
    boolean hasOlder,
    boolean hasNewer,
    List<Tombstone> tombstones,
    Instant nextChange) {}

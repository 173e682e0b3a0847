package org.newsrelay.feed;

import java.time.Instant;
import java.util.List;
import org.newsrelay.story.Story;

/**
 * The stories on one page of a feed, newest first, and what the page must know about its
 * surroundings: whether older and newer pages exist, the tombstones it carries, and the next moment
 * its content changes by itself (an embargo lifting, a tombstone expiring).
 */
public record SelectedPage(
    List<Story> stories,
    boolean hasOlder,
    boolean hasNewer,
    List<Tombstone> tombstones,
    Instant nextChange) {}

package org.newsrelay.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.newsrelay.story.Language;

/**
 * Everything one page of a feed says, in the feed's language, ready for any format.
 *
 * @param first, next, previous RFC 5005 paging links; null where there is no such page
 * @param updated the newest change the page shows (an entry's update, a kill)
 */
public record FeedPage(
    Language language,
    FeedTopic topic,
    String title,
    String description,
    URI self,
    URI first,
    URI next,
    URI previous,
    FeedLinks links,
    List<FeedStory> entries,
    List<Tombstone> tombstones,
    Instant updated) {

  /** The feed's stable identity, the same on every page and in every format. */
  public String id() {
    return "urn:newsrelay:feed:" + language.tag() + ":" + topic.slug();
  }

  /** The same page with other entries and tombstones (the renderer's cleaned or kept ones). */
  FeedPage withEntries(List<FeedStory> newEntries, List<Tombstone> newTombstones) {
    return new FeedPage(
        language,
        topic,
        title,
        description,
        self,
        first,
        next,
        previous,
        links,
        newEntries,
        newTombstones,
        updated);
  }

  static String entryId(java.util.UUID storyId) {
    return "urn:uuid:" + storyId;
  }
}

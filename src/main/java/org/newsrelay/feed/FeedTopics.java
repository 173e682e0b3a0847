package org.newsrelay.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The topics a reader may ask a feed for. Only {@code all} exists until topics arrive; then this is
 * where a slug is looked up and where a partner-only topic is refused to a reader without an
 * entitled key, with the very answer an unknown slug gets, so that its existence does not leak.
 */
@ApplicationScoped
public class FeedTopics {

  /**
   * @param partnerKey the reader's API key, or null for the public
   */
  public Optional<FeedTopic> find(String slug, String partnerKey) {
    return FeedTopic.ALL.slug().equals(slug) ? Optional.of(FeedTopic.ALL) : Optional.empty();
  }

  /** The topics listed in the public catalogue (OPML, /feeds). */
  public List<FeedTopic> publicTopics() {
    return List.of(FeedTopic.ALL);
  }
}

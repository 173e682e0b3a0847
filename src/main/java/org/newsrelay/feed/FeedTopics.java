package org.newsrelay.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsrelay.topic.TopicDirectory;
import org.newsrelay.topic.TopicView;

/**
 * The topics a reader may ask a feed for: {@code all} and the editors' topics. A partner-only topic
 * asked for without an entitled key gets the very answer an unknown slug gets, so that its
 * existence does not leak. Looks topics up in the database: callers stay off Undertow's I/O
 * threads.
 */
@ApplicationScoped
public class FeedTopics {
  @Inject TopicDirectory directory;
  @Inject FeedEntitlements entitlements;

  /**
   * @param partnerKey the reader's API key, or null for the public
   */
  public Optional<FeedTopic> find(String slug, String lang, String partnerKey) {
    return find(slug, lang, partnerKey, false);
  }

  /**
   * @param entitled the caller checked the reader's entitlement itself
   */
  Optional<FeedTopic> find(String slug, String lang, String partnerKey, boolean entitled) {
    if (FeedTopic.ALL.slug().equals(slug)) {
      return Optional.of(FeedTopic.ALL);
    }
    if (FeedTopic.ADVISORIES.slug().equals(slug)) {
      return Optional.of(FeedTopic.ADVISORIES);
    }
    return directory
        .find(slug)
        .filter(
            topic ->
                topic.isPublic()
                    || entitled
                    || (partnerKey != null && entitlements.mayRead(partnerKey, lang, topic.slug())))
        .map(FeedTopics::feedTopic);
  }

  /** The topics listed in the public catalogue (OPML, /feeds). */
  public List<FeedTopic> publicTopics() {
    List<FeedTopic> topics = new ArrayList<>();
    topics.add(FeedTopic.ALL);
    directory.all().stream()
        .filter(TopicView::isPublic)
        .map(FeedTopics::feedTopic)
        .forEach(topics::add);
    return topics;
  }

  private static FeedTopic feedTopic(TopicView topic) {
    return new FeedTopic(topic.slug(), topic.id(), topic.names(), !topic.isPublic());
  }
}

package org.newsrelay.feed;

/**
 * Whether a reader's API key entitles it to a partner-only topic. Feed asks, the partner domain
 * answers ({@code partner.PartnerKeys}): partners stand on feed (the hub delivers what feed
 * renders), so feed does not import them.
 */
public interface FeedEntitlements {
  /**
   * @param partnerKey the key the reader presented, never null
   * @return true when it is a live key whose partner may read {@code topicSlug} in {@code lang}
   */
  boolean mayRead(String partnerKey, String lang, String topicSlug);
}

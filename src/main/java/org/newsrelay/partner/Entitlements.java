package org.newsrelay.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.newsrelay.feed.FeedTopic;
import org.newsrelay.topic.TopicDirectory;
import org.newsrelay.topic.TopicView;

/**
 * What a partner may read: its entitled languages, and in them the feeds of every story ("all",
 * "advisories") and its entitled (partner-only) topics. The feed layer asks for partner-only topics
 * and answers 404 when this says no, exactly as for a topic that does not exist; the WebSub hub
 * asks for every topic, when a partner subscribes and again before each delivery.
 */
@ApplicationScoped
public class Entitlements {
  private static final long TTL_NANOS = 10_000_000_000L;

  @Inject Partners partners;
  @Inject TopicDirectory topics;
  @Inject PartnerNews news;

  /** A partner's terms as read under {@code token} ({@link PartnerNews}). */
  private record Terms(
      Set<String> languages, Set<String> topics, long expiresAtNanos, Object token) {}

  // A fan-out asks once per delivery; the terms change rarely and are forgotten when they do.
  private final ConcurrentHashMap<UUID, Optional<Terms>> cache = new ConcurrentHashMap<>();

  /**
   * @param principal the caller (a partner signs in as "partner:&lt;id&gt;"); null or anyone else
   *     has no partner entitlements
   */
  public boolean mayRead(Principal principal, String lang, String topicSlug) {
    return PartnerCaller.partnerOf(principal).map(id -> mayRead(id, lang, topicSlug)).orElse(false);
  }

  public boolean mayRead(UUID partnerId, String lang, String topicSlug) {
    return terms(partnerId)
        .map(
            t ->
                t.languages().contains(lang)
                    && (FeedTopic.isEveryStory(topicSlug)
                        || t.topics().contains(topicSlug)
                        || isPublicTopic(topicSlug)))
        .orElse(false);
  }

  /**
   * A public topic's feed is anyone's to read, so any subscriber entitled to the language may
   * follow it.
   */
  private boolean isPublicTopic(String slug) {
    return topics.find(slug).map(TopicView::isPublic).orElse(false);
  }

  void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) PartnerChanged change) {
    cache.remove(change.partnerId());
  }

  private Optional<Terms> terms(UUID partnerId) {
    Object token = news.current();
    Optional<Terms> cached = cache.get(partnerId);
    if (cached != null
        && (cached.isEmpty()
            || (cached.get().expiresAtNanos() - System.nanoTime() > 0
                && cached.get().token().equals(token)))) {
      return cached;
    }
    Optional<Terms> loaded =
        partners
            .find(partnerId)
            .map(
                p ->
                    new Terms(
                        Set.copyOf(p.languages()),
                        Set.copyOf(p.topics()),
                        System.nanoTime() + TTL_NANOS,
                        token));
    if (loaded.isPresent()) {
      cache.put(partnerId, loaded);
    }
    return loaded;
  }
}

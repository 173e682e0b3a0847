package org.newsrelay.partner.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.feed.FeedTopic;
import org.newsrelay.platform.NativeRows;
import org.newsrelay.platform.Transactions;
import org.newsrelay.story.Language;
import org.newsrelay.story.StoryChanged;
import org.newsrelay.topic.StoryTopicsAssigned;

/**
 * Writes one delivery per affected subscription in the very transaction that published, corrected,
 * held, released or killed the story (its kind is the delivery's {@code X-Newsrelay-Change}), and
 * for an advisory one per subscription of the advisories feeds too: if that commits, the deliveries
 * exist; if the server dies first, neither does. Each subscription's rows are numbered under its
 * row lock, taken in id order so that two publications never deadlock, and committed in that order.
 */
@ApplicationScoped
public class Outbox {
  private static final int CHUNK = 500;
  private static final String SUBSCRIBED = Outbox.class.getName() + ".subscribed";

  @PersistenceContext EntityManager em;

  @Inject Dispatcher dispatcher;

  @Inject Transactions transactions;

  /** Once topic assignment has put the story in its topics, which the event names. */
  void write(@Observes StoryTopicsAssigned assigned) {
    StoryChanged change = assigned.change();
    if (!change.seenByReaders()) {
      return;
    }
    Instant now = Instant.now();
    List<String> languages = affectedLanguages(change.language());
    // Most stories have no subscriber: a batch asks once which languages have any, not per story.
    Set<String> subscribed = transactions.once(SUBSCRIBED, () -> subscribedLanguages(now));
    if (languages.stream().noneMatch(subscribed::contains)) {
      return;
    }
    Set<String> slugs = new HashSet<>(assigned.slugs());
    if (change.advised()) {
      // Partners were told in an advisory: subscribers of the advisories feeds get it too.
      slugs.add(FeedTopic.ADVISORIES.slug());
    }
    var query =
        em.createNativeQuery(
                "select id from websub_subscription where state = 'active' and expires_at > ?1"
                    + " and topic_lang in (?2) and (topic_slug = 'all'"
                    + (slugs.isEmpty() ? "" : " or topic_slug in (?3)")
                    + ") order by id for update")
            .setParameter(1, now)
            .setParameter(2, languages);
    if (!slugs.isEmpty()) {
      query.setParameter(3, List.copyOf(slugs));
    }
    @SuppressWarnings("unchecked")
    List<Object> locked = query.getResultList();
    List<UUID> ids = locked.stream().map(NativeRows::uuid).toList();
    if (!ids.isEmpty()) {
      // Only a commit that wrote deliveries wakes the dispatcher: most stories have no subscriber.
      transactions.afterCommit(dispatcher::wake);
    }
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      em.createNativeQuery(
              "update websub_subscription set last_seq = last_seq + 1 where id in (?1)")
          .setParameter(1, chunk)
          .executeUpdate();
      em.createNativeQuery(
              "insert into websub_delivery (subscription_id, partner_id, seq, story_id,"
                  + " change_kind, state, attempts, created_at, next_attempt_at, urgent,"
                  + " story_version)"
                  + " select id, partner_id, last_seq, ?1, ?2, 'pending', 0, ?3, ?3, ?5, ?6"
                  + " from websub_subscription where id in (?4)")
          .setParameter(1, change.storyId())
          .setParameter(2, change.kind().name().toLowerCase(java.util.Locale.ROOT))
          .setParameter(3, now)
          .setParameter(4, chunk)
          .setParameter(5, change.urgent())
          .setParameter(6, change.version())
          .executeUpdate();
    }
  }

  private Set<String> subscribedLanguages(Instant now) {
    @SuppressWarnings("unchecked")
    List<Object> languages =
        em.createNativeQuery(
                "select distinct topic_lang from websub_subscription"
                    + " where state = 'active' and expires_at > ?1")
            .setParameter(1, now)
            // Not flushed first: the storing transaction writes no subscription, and a native
            // query otherwise flushes and dirty-checks everything the transaction holds.
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    Set<String> subscribed = new HashSet<>();
    languages.forEach(l -> subscribed.add((String) l));
    return subscribed;
  }

  /**
   * The feeds a story appears in, by language: its own, and every Chinese variant for a Chinese
   * story, since each is a rendition of it. (Its topics' feeds are those the event names.)
   */
  static List<String> affectedLanguages(Language language) {
    List<String> tags = new ArrayList<>();
    if (language.isChinese()) {
      for (Language l : Language.values()) {
        if (l.isChinese()) {
          tags.add(l.tag());
        }
      }
    } else {
      tags.add(language.tag());
    }
    return tags;
  }
}

package org.newsrelay.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the feed layer asks of topics (see docs/console.md, "Feed hook"): whether a slug is a topic
 * and who may read it, which stories belong to it, and which are pinned first.
 */
@ApplicationScoped
public class TopicDirectory {
  /**
   * A JPQL condition for a query over {@code Story s} that keeps the stories of the topic whose id
   * is bound to {@code :topicId}, for feeds that select stories themselves.
   */
  public static final String MEMBERSHIP = membership("s");

  /**
   * The same condition over {@code Story <alias>}: feeds also ask it of a story's cluster members
   * in a subquery, where the outer story is already {@code s}.
   */
  public static String membership(String alias) {
    String ts = "ts_" + alias;
    return "exists (select 1 from TopicStory "
        + ts
        + " where "
        + ts
        + ".storyId = "
        + alias
        + ".id and "
        + ts
        + ".topicId = :topicId and "
        + ts
        + ".reason <> :removed)";
  }

  @PersistenceContext EntityManager em;
  @Inject TopicRepository topics;

  public Optional<TopicView> find(String slug) {
    return topics.bySlug(slug).map(TopicDirectory::view);
  }

  public List<TopicView> all() {
    return topics.all().stream().map(TopicDirectory::view).toList();
  }

  static TopicView view(Topic topic) {
    return new TopicView(
        topic.id(),
        topic.slug(),
        TopicNames.complete(topic.slug(), topic.names()),
        topic.description(),
        topic.visibility(),
        topic.updatedAt());
  }

  /** A pin in force: the story stays first on the topic's feed until {@code until}. */
  public record Pin(UUID storyId, Instant until) {}

  /**
   * The topic's pins in force at {@code now}, most recently pinned first. Whether a reader may see
   * each story is the feed's question ({@code story.Readership}), asked with its other rules.
   */
  public List<Pin> pins(UUID topicId, Instant now, int limit) {
    return em
        .createQuery(
            "select p.storyId, p.until from TopicPin p where p.topicId = :topicId"
                + " and p.until > :now order by p.pinnedAt desc",
            Object[].class)
        .setParameter("topicId", topicId)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(row -> new Pin((UUID) row[0], (Instant) row[1]))
        .toList();
  }
}

package org.newsrelay.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.story.Language;

/**
 * What the feed layer asks of topics (see docs/console.md, "Feed hook"): whether a slug is a topic
 * and who may read it, and which stories a topic's feed shows, pinned ones first.
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
        + ".reason <> 'removed')";
  }

  private static final String VISIBLE =
      " and s.status = 'published' and (s.embargoedUntil is null or s.embargoedUntil <= :now)";

  @PersistenceContext EntityManager em;
  @Inject TopicRepository topics;

  /** Where the last page ended: the last story's version time and id (feeds are newest first). */
  public record Cursor(Instant versionCreated, UUID storyId) {}

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

  /**
   * The ids of the stories a reader may see now in the topic's feed, stored in one of {@code
   * languages}: on the first page (no cursor) the pinned stories first, most recently pinned first;
   * then the rest newest first (version time, then id), pinned ones not repeated.
   */
  public List<UUID> storyIds(String slug, Collection<Language> languages, int limit, Cursor after) {
    Topic topic = topics.bySlug(slug).orElse(null);
    if (topic == null || languages.isEmpty() || limit < 1) {
      return List.of();
    }
    List<String> tags = languages.stream().map(Language::tag).toList();
    Instant now = Instant.now();
    LinkedHashSet<UUID> ids = new LinkedHashSet<>();
    if (after == null) {
      ids.addAll(
          em.createQuery(
                  "select s.id from Story s, TopicPin p where p.storyId = s.id"
                      + " and p.topicId = :topicId and p.until > :now and s.language in :tags"
                      + " and "
                      + MEMBERSHIP
                      + VISIBLE
                      + " order by p.pinnedAt desc",
                  UUID.class)
              .setParameter("topicId", topic.id())
              .setParameter("now", now)
              .setParameter("tags", tags)
              .setMaxResults(limit)
              .getResultList());
    }
    String page =
        after == null
            ? ""
            : " and (s.versionCreated < :at or (s.versionCreated = :at and s.id < :id))";
    var query =
        em.createQuery(
                "select s.id from Story s where s.language in :tags and "
                    + MEMBERSHIP
                    + VISIBLE
                    + page
                    + " order by s.versionCreated desc, s.id desc",
                UUID.class)
            .setParameter("topicId", topic.id())
            .setParameter("now", now)
            .setParameter("tags", tags)
            .setMaxResults(limit + ids.size());
    if (after != null) {
      query.setParameter("at", after.versionCreated()).setParameter("id", after.storyId());
    }
    ids.addAll(query.getResultList());
    return new ArrayList<>(ids).subList(0, Math.min(limit, ids.size()));
  }
}

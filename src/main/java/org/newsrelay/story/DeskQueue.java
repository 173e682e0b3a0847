package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The desk's queue: the newest stories an editor may act on, narrowed by status, language, origin,
 * the wire's urgency, a domain's scope (a topic's) and words in any script, a page at a time. The
 * console polls its first page for new arrivals.
 */
@ApplicationScoped
public class DeskQueue {
  @PersistenceContext EntityManager em;
  @Inject StorySearch search;
  @Inject StoryRepository stories;

  /** Where a story stands in the queue: newest first (the wire's time), then by id. */
  public record Position(Instant versionCreated, UUID id) {}

  /**
   * What to show; null fields do not filter.
   *
   * @param statuses at least one
   * @param urgency the wire's urgency at most this (1 flash, 2 bulletin, ...): stories without one
   *     are left out
   * @param scope stories a domain above holds (a topic's), or null
   * @param ids these stories only (the search API's finds, shown with the queue's facts), or null
   * @param before the page starts after this position, or null for the newest
   */
  public record Filter(
      Set<StoryStatus> statuses,
      Language language,
      String origin,
      Integer urgency,
      StoryScope scope,
      String words,
      Set<UUID> ids,
      Position before,
      int limit) {
    public Filter {
      statuses = Set.copyOf(statuses);
      ids = ids == null ? null : Set.copyOf(ids);
      if (statuses.isEmpty()) {
        throw new IllegalArgumentException("a queue shows at least one status");
      }
    }
  }

  /** A page of the queue, the wire's metadata of its stories, and where the next page starts. */
  public record Page(List<Story> stories, Map<UUID, WireMetadata> wire, Position next) {}

  public Page page(Filter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Story> q = cb.createQuery(Story.class);
    Root<Story> s = q.from(Story.class);
    List<Predicate> where = new ArrayList<>();
    where.add(s.get("status").in(filter.statuses()));
    if (filter.language() != null) {
      where.add(cb.equal(s.get("language"), filter.language()));
    }
    if (filter.origin() != null) {
      where.add(cb.equal(s.get("origin"), filter.origin()));
    }
    if (filter.urgency() != null) {
      Subquery<Integer> urgent = q.subquery(Integer.class);
      Root<StoryMetadata> m = urgent.from(StoryMetadata.class);
      urgent
          .select(cb.literal(1))
          .where(
              cb.equal(m.get("storyId"), s.get("id")),
              cb.lessThanOrEqualTo(m.<Integer>get("urgency"), filter.urgency()));
      where.add(cb.exists(urgent));
    }
    if (filter.scope() != null) {
      where.add(filter.scope().contains(cb, q, s.get("id")));
    }
    if (filter.ids() != null) {
      where.add(filter.ids().isEmpty() ? cb.disjunction() : s.get("id").in(filter.ids()));
    }
    List<String> words = search.patterns(filter.words());
    if (!words.isEmpty()) {
      where.add(PublishedStories.anyLike(cb, s, words, List.of("headline", "bodyText")));
    }
    if (filter.before() != null) {
      Path<Instant> at = s.get("versionCreated");
      Path<UUID> id = s.get("id");
      where.add(cb.lessThanOrEqualTo(at, filter.before().versionCreated()));
      where.add(
          cb.or(
              cb.lessThan(at, filter.before().versionCreated()),
              cb.lessThan(id, filter.before().id())));
    }
    q.select(s)
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.desc(s.get("versionCreated")), cb.desc(s.get("id")));
    // One more than a page says whether there is a next one.
    List<Story> found = em.createQuery(q).setMaxResults(filter.limit() + 1).getResultList();
    Position next = null;
    if (found.size() > filter.limit()) {
      found = found.subList(0, filter.limit());
      Story last = found.get(found.size() - 1);
      next = new Position(last.versionCreated(), last.id());
    }
    List<Story> page = List.copyOf(found);
    return new Page(page, stories.metadata(page.stream().map(Story::id).toList()), next);
  }

  /** The origins of the stories written lately, for the queue's source filter. */
  public List<String> recentOrigins(Duration within, int limit) {
    // The wire's time rather than arrival: story_desk_queue (V81) finds those rows.
    return em.createQuery(
            "select distinct s.origin from Story s where s.versionCreated >= :since"
                + " order by s.origin",
            String.class)
        .setParameter("since", Instant.now().minus(within))
        .setMaxResults(limit)
        .getResultList();
  }
}

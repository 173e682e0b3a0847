package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The questions a feed asks of stories: a page's positions, which of some stories it would show,
 * its tombstones, its next embargo, and its entries' links (cluster members, translations). Each is
 * a named query on the entity or a Criteria query here, under {@link Readership}'s rule; a domain
 * above narrows it to its own stories through a {@link StoryScope}, never with JPQL of its own. The
 * desk's questions and a story's own are {@link StoryRepository}'s.
 */
@ApplicationScoped
public class PublishedStories {
  /**
   * A feed page's positions when nothing narrows the feed (every story, no words): named queries,
   * whose translation Hibernate keeps, for the feeds read most; a Criteria query, translated on
   * each call, when a topic or words narrow it. Both ask the same.
   */
  static final String POSITIONS =
      "select s.versionCreated, s.id from Story s where s.language = :language and "
          + Readership.IS_PUBLIC
          + " and not exists (select 1 from Story m where m.clusterId = s.clusterId"
          + " and m.language in :languages and "
          + Readership.MEMBER_IS_PUBLIC
          + " and (m.receivedAt < s.receivedAt or (m.receivedAt = s.receivedAt and m.id < s.id)))";

  @PersistenceContext EntityManager em;
  @Inject WordIndex index;

  /**
   * The stories a feed draws on.
   *
   * @param languages the stored languages (every Chinese variant for a Chinese feed)
   * @param scope a domain's own stories (a topic's), or null for every story
   * @param words a reader's words, found through the search index ({@link WordIndex}), or null
   */
  public record Shown(List<Language> languages, StoryScope scope, WordQuery words) {
    public Shown {
      languages = List.copyOf(languages);
    }
  }

  /** Where a story stands in a feed: newest first, then by id. */
  public record Position(Instant versionCreated, UUID id) {}

  /**
   * A keyset cursor: the page starts after this position, towards older stories or, when {@code
   * newer}, towards newer ones.
   */
  public record After(Instant versionCreated, UUID id, boolean newer) {}

  /** A killed story a feed may announce. */
  public record Killed(UUID id, Instant killedAt) {}

  /** A visible member of a story's cluster. */
  public record ClusterMember(
      UUID id, UUID clusterId, String origin, String link, Language language) {}

  /** A visible translation linked to a story. */
  public record Translation(UUID storyId, UUID translationId, Language language) {}

  /**
   * A page of a feed, as positions: the public stories of one stored language, newest first (for a
   * page of newer stories, the oldest first), after the cursor, at most {@code limit}. One entry
   * per cluster: a story is left out when another public member of its cluster that the same feed
   * would show arrived before it (received_at, then id). With words, {@code stored} may be null:
   * every language of the feed in one walk of the search index (a word's statistics are the
   * index's, not a language's, so one walk per language misjudges a word common in one variant and
   * absent from another).
   */
  public List<Position> positions(
      Shown shown, Language stored, After after, int limit, Instant now) {
    if (stored == null && shown.words() == null) {
      throw new IllegalArgumentException("one walk over every language is for words");
    }
    if (unnarrowed(shown)) {
      String name =
          after == null
              ? "Story.positions"
              : after.newer() ? "Story.positionsNewer" : "Story.positionsOlder";
      var query =
          em.createNamedQuery(name, Object[].class)
              .setParameter("language", stored)
              .setParameter("languages", shown.languages())
              .setParameter("now", now)
              .setMaxResults(limit);
      if (after != null) {
        query.setParameter("at", after.versionCreated()).setParameter("id", after.id());
      }
      List<Position> positions = new ArrayList<>();
      for (Object[] row : query.getResultList()) {
        positions.add(new Position((Instant) row[0], (UUID) row[1]));
      }
      return positions;
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Story> s = q.from(Story.class);
    List<Language> walked = stored == null ? shown.languages() : List.of(stored);
    List<Predicate> where = new ArrayList<>();
    where.add(WordIndex.languageIn(cb, s.get("language"), walked));
    where.add(Readership.isPublic(cb, s, now));
    Path<Instant> at = s.get("versionCreated");
    Path<UUID> id = s.get("id");
    if (shown.words() != null) {
      // Words: walk the search index's rows in time order, as the search API does (FoundStories),
      // word vectors beside their times, and read the story only for those that match; or, for a
      // rare word, start from its GIN index. The story's own feed index knows no words.
      Root<?> w = q.from(index.rowType());
      where.add(cb.equal(w.get("storyId"), s.get("id")));
      where.add(WordIndex.languageIn(cb, w.get("language"), walked));
      where.add(index.matchesRow(cb, w, shown.words(), WordIndex.Part.ANY));
      at = w.get("versionCreated");
      id = w.get("storyId");
    }
    // Not exists rather than a join: PostgreSQL keeps walking the feed index and probes each
    // candidate's cluster, so the scan still stops after limit + 1 shown stories.
    Subquery<Integer> earlier = q.subquery(Integer.class);
    Root<Story> m = earlier.from(Story.class);
    List<Predicate> member = new ArrayList<>();
    member.add(cb.equal(m.get("clusterId"), s.get("clusterId")));
    member.add(m.get("language").in(shown.languages()));
    member.add(Readership.isPublic(cb, m, now));
    member.add(
        cb.or(
            cb.lessThan(m.<Instant>get("receivedAt"), s.<Instant>get("receivedAt")),
            cb.and(
                cb.equal(m.get("receivedAt"), s.get("receivedAt")),
                cb.lessThan(m.<UUID>get("id"), s.<UUID>get("id")))));
    member.addAll(filters(cb, earlier, m, shown));
    earlier.select(cb.literal(1)).where(member.toArray(Predicate[]::new));
    where.add(cb.not(cb.exists(earlier)));
    if (after != null) {
      // The redundant bound on version_created alone is what lets the index start at the cursor.
      where.add(
          after.newer()
              ? cb.greaterThanOrEqualTo(at, after.versionCreated())
              : cb.lessThanOrEqualTo(at, after.versionCreated()));
      where.add(
          after.newer()
              ? cb.or(cb.greaterThan(at, after.versionCreated()), cb.greaterThan(id, after.id()))
              : cb.or(cb.lessThan(at, after.versionCreated()), cb.lessThan(id, after.id())));
    }
    if (shown.scope() != null) {
      where.add(shown.scope().contains(cb, q, s.get("id")));
    }
    boolean newer = after != null && after.newer();
    Order byTime = newer ? cb.asc(at) : cb.desc(at);
    Order byId = newer ? cb.asc(id) : cb.desc(id);
    q.multiselect(at, id).where(where.toArray(Predicate[]::new)).orderBy(byTime, byId);
    List<Position> positions = new ArrayList<>();
    for (Tuple row : em.createQuery(q).setMaxResults(limit).getResultList()) {
      positions.add(new Position(row.get(0, Instant.class), row.get(1, UUID.class)));
    }
    return positions;
  }

  private static boolean unnarrowed(Shown shown) {
    return shown.scope() == null && shown.words() == null;
  }

  /** Words narrow this feed: see {@link WordIndex#customPlans()}; in the caller's transaction. */
  public void planForWords() {
    index.customPlans();
  }

  /** Which of these stories the feed would show anyway (public, in its languages and scope). */
  public List<Story> shownAmong(Shown shown, Collection<UUID> ids, Instant now) {
    if (ids.isEmpty()) {
      return List.of();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Story> q = cb.createQuery(Story.class);
    Root<Story> s = q.from(Story.class);
    List<Predicate> where = new ArrayList<>();
    where.add(s.get("id").in(ids));
    where.add(s.get("language").in(shown.languages()));
    where.add(Readership.isPublic(cb, s, now));
    where.addAll(filters(cb, q, s, shown));
    q.select(s).where(where.toArray(Predicate[]::new));
    return em.createQuery(q).getResultList();
  }

  /**
   * The feed's stories of one stored language killed after {@code since} that leave a tombstone
   * ({@link Readership#leavesTombstone(Story)}), the latest first, at most {@code limit}.
   */
  public List<Killed> killed(Shown shown, Language stored, Instant since, Instant now, int limit) {
    if (unnarrowed(shown)) {
      List<Killed> killed = new ArrayList<>();
      for (Object[] row :
          em.createNamedQuery("Story.killed", Object[].class)
              .setParameter("language", stored)
              .setParameter("since", since)
              .setParameter("now", now)
              .setMaxResults(limit)
              .getResultList()) {
        killed.add(new Killed((UUID) row[0], (Instant) row[1]));
      }
      return killed;
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Story> s = q.from(Story.class);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(s.get("language"), stored));
    where.add(cb.greaterThan(s.<Instant>get("killedAt"), since));
    where.add(cb.lessThanOrEqualTo(s.<Instant>get("killedAt"), now));
    where.add(Readership.leavesTombstone(cb, s));
    where.addAll(filters(cb, q, s, shown));
    q.multiselect(s.get("id"), s.get("killedAt"))
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.desc(s.get("killedAt")));
    List<Killed> killed = new ArrayList<>();
    for (Tuple row : em.createQuery(q).setMaxResults(limit).getResultList()) {
      killed.add(new Killed(row.get(0, UUID.class), row.get(1, Instant.class)));
    }
    return killed;
  }

  /** When the next embargo among these languages passes, or null. */
  public Instant nextEmbargo(List<Language> languages, Instant now) {
    return em.createNamedQuery("Story.nextEmbargo", Instant.class)
        .setParameter("languages", languages)
        .setParameter("now", now)
        .getSingleResult();
  }

  /** The public members of these clusters in these languages, earliest first. */
  public List<ClusterMember> clusterMembers(
      Collection<UUID> clusters, List<Language> languages, Instant now) {
    List<ClusterMember> members = new ArrayList<>();
    for (Object[] row :
        em.createNamedQuery("Story.clusterMembers", Object[].class)
            .setParameter("clusters", clusters)
            .setParameter("languages", languages)
            .setParameter("now", now)
            .getResultList()) {
      members.add(
          new ClusterMember(
              (UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (Language) row[4]));
    }
    return members;
  }

  /** The public translations linked to these stories, in the order they were linked. */
  public List<Translation> translationsOf(Collection<UUID> storyIds, Instant now) {
    List<Translation> translations = new ArrayList<>();
    for (Object[] row :
        em.createNamedQuery("StoryTranslation.public", Object[].class)
            .setParameter("ids", storyIds)
            .setParameter("now", now)
            .getResultList()) {
      translations.add(new Translation((UUID) row[0], (UUID) row[1], (Language) row[2]));
    }
    return translations;
  }

  /** The scope and the words, over a story of the query or of a subquery. */
  private List<Predicate> filters(
      CriteriaBuilder cb, AbstractQuery<?> query, Path<Story> s, Shown shown) {
    List<Predicate> filters = new ArrayList<>();
    if (shown.scope() != null) {
      filters.add(shown.scope().contains(cb, query, s.get("id")));
    }
    if (shown.words() != null) {
      filters.add(index.matches(cb, query, s, shown.words(), WordIndex.Part.ANY));
    }
    return filters;
  }

  /** One of the LIKE patterns (escape {@code !}) in one of the fields, lower-cased. */
  static Predicate anyLike(
      CriteriaBuilder cb, Path<Story> s, List<String> patterns, List<String> fields) {
    List<Predicate> any = new ArrayList<>();
    for (String pattern : patterns) {
      for (String field : fields) {
        Expression<String> text = cb.lower(s.get(field));
        any.add(cb.like(text, pattern, '!'));
      }
    }
    return cb.or(any.toArray(Predicate[]::new));
  }
}

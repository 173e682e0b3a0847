package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The search API's questions of stories, through the search index ({@link WordIndex}) and under
 * {@link Readership}'s rule: a ranked page and a sample for facets. Ranked in two bands, each
 * newest first: stories with every word of a reading in the headline, then stories with them
 * elsewhere. A band is one keyset range (version_created, id), so a page costs the same at any
 * depth.
 */
@ApplicationScoped
public class FoundStories {
  /** Headline matches. */
  public static final int HEADLINE = 0;

  /** Matches elsewhere in the story. */
  public static final int BODY = 1;

  /** The most candidates read at once: an IN list PostgreSQL and H2 take in one statement. */
  static final int MAX_BATCH = 1000;

  @PersistenceContext EntityManager em;
  @Inject WordIndex index;

  /**
   * What a search looks for. Null filters do not filter.
   *
   * @param languages the stored languages searched
   * @param scope a domain's own stories (a topic's), or null
   * @param subject one of the story's subjects, as stored (code or name)
   * @param source the polled source it came from
   * @param urgency the wire's urgency at least this high (1 is the highest)
   * @param since version created at or after
   * @param until version created before
   */
  public record Filter(
      WordQuery words,
      List<Language> languages,
      StoryScope scope,
      String subject,
      UUID source,
      Integer urgency,
      Instant since,
      Instant until) {
    public Filter {
      languages = List.copyOf(languages);
    }
  }

  /** A found story's place: its band ({@link #HEADLINE} or {@link #BODY}), then newest first. */
  public record Hit(int band, Instant versionCreated, UUID id) {}

  /** What facets count of a found story. */
  public record Facts(UUID id, Language language, UUID source, List<String> subjects) {}

  /**
   * The found stories {@code reader} may read after {@code after} (null: from the start), at most
   * {@code limit}, headline matches first.
   */
  @Transactional
  public List<Hit> page(
      Filter filter, Readership.Reader reader, Hit after, int limit, Instant now) {
    index.customPlans();
    List<Hit> hits = new ArrayList<>();
    for (int band = after == null ? HEADLINE : after.band(); band <= BODY; band++) {
      Hit from = after != null && after.band() == band ? after : null;
      hits.addAll(band(filter, reader, band, from, limit - hits.size(), now));
      if (hits.size() >= limit) {
        break;
      }
    }
    return hits;
  }

  /**
   * Up to {@code limit} found stories {@code reader} may read, of either band, in no particular
   * order, for facets: all of them when there are fewer. Unordered, so that PostgreSQL reads the
   * matches from the GIN index and stops at {@code limit}: a bounded cost whatever the word.
   */
  @Transactional
  public List<Facts> sample(Filter filter, Readership.Reader reader, int limit, Instant now) {
    index.customPlans();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Story> s = q.from(Story.class);
    List<Predicate> where = conditions(cb, q, s, filter, reader, now);
    where.add(s.get("language").in(filter.languages()));
    if (filter.since() != null) {
      where.add(cb.greaterThanOrEqualTo(s.<Instant>get("versionCreated"), filter.since()));
    }
    if (filter.until() != null) {
      where.add(cb.lessThan(s.<Instant>get("versionCreated"), filter.until()));
    }
    where.add(index.matches(cb, q, s, filter.words(), WordIndex.Part.ANY));
    q.multiselect(s.get("id"), s.get("language"), s.get("sourceId"), s.get("subjects"))
        .where(where.toArray(Predicate[]::new));
    List<Facts> facts = new ArrayList<>();
    for (Tuple row : em.createQuery(q).setMaxResults(limit).getResultList()) {
      String subjects = row.get(3, String.class);
      facts.add(
          new Facts(
              row.get(0, UUID.class),
              row.get(1, Language.class),
              row.get(2, UUID.class),
              subjects == null || subjects.isEmpty() ? List.of() : List.of(subjects.split("\n"))));
    }
    return facts;
  }

  /**
   * One band, newest first, in two steps repeated until the page is full: the newest candidates
   * from the index's rows alone ({@link #candidates}), then which of them the reader may read and
   * the filters pass ({@link #passing}), by id. Asked in one query with the story joined,
   * PostgreSQL looked up the story of every match of a rare word before sorting them (446 look-ups
   * for 21 results: 11 ms of a 14 ms query); in two, it reads the stories of a page's worth. The
   * first batch is a little larger than the page, since nearly every match is readable; each next
   * one is four times larger, so a filter that passes few matches costs a few batches, not one per
   * page.
   */
  private List<Hit> band(
      Filter filter, Readership.Reader reader, int band, Hit after, int limit, Instant now) {
    if (filter.languages().isEmpty()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    Hit from = after;
    int batch = limit + limit / 4 + 2;
    while (hits.size() < limit) {
      List<Hit> candidates = candidates(filter, band, from, batch);
      if (candidates.isEmpty()) {
        break;
      }
      Set<UUID> passing = passing(filter, reader, candidates, now);
      for (Hit candidate : candidates) {
        if (passing.contains(candidate.id()) && hits.size() < limit) {
          hits.add(candidate);
        }
      }
      if (candidates.size() < batch) {
        break;
      }
      from = candidates.get(candidates.size() - 1);
      batch = Math.min(batch * 4, MAX_BATCH);
    }
    return hits;
  }

  /**
   * The newest index rows of the band after {@code after}, over every searched language at once:
   * PostgreSQL walks the rows in time order (story_words_newest for one language, story_words_time
   * for several, V74), reading each word vector beside its time, and stops after a batch when a
   * word is in many stories; when it is in few, it starts from the GIN index and sorts the matches.
   * One walk rather than one per language: a word's statistics are the column's, not a language's,
   * so a walk per language misjudged a word common in one variant and absent from another, and read
   * the whole of the other.
   */
  private List<Hit> candidates(Filter filter, int band, Hit after, int batch) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<?> w = q.from(index.rowType());
    List<Predicate> where = new ArrayList<>();
    where.add(WordIndex.languageIn(cb, w.get("language"), filter.languages()));
    where.add(
        index.matchesRow(
            cb,
            w,
            filter.words(),
            band == HEADLINE ? WordIndex.Part.HEADLINE : WordIndex.Part.BODY_ONLY));
    Path<Instant> at = w.get("versionCreated");
    Path<UUID> id = w.get("storyId");
    if (filter.since() != null) {
      where.add(cb.greaterThanOrEqualTo(at, filter.since()));
    }
    if (filter.until() != null) {
      where.add(cb.lessThan(at, filter.until()));
    }
    if (after != null) {
      // The redundant bound on version_created alone is what lets an index start at the cursor.
      where.add(cb.lessThanOrEqualTo(at, after.versionCreated()));
      where.add(cb.or(cb.lessThan(at, after.versionCreated()), cb.lessThan(id, after.id())));
    }
    q.multiselect(at, id).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(at), cb.desc(id));
    List<Hit> hits = new ArrayList<>();
    for (Tuple row : em.createQuery(q).setMaxResults(batch).getResultList()) {
      hits.add(new Hit(band, row.get(0, Instant.class), row.get(1, UUID.class)));
    }
    return hits;
  }

  /** Which of these found stories {@code reader} may read and the filters pass. */
  private Set<UUID> passing(
      Filter filter, Readership.Reader reader, List<Hit> candidates, Instant now) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<UUID> q = cb.createQuery(UUID.class);
    Root<Story> s = q.from(Story.class);
    List<Predicate> where = conditions(cb, q, s, filter, reader, now);
    where.add(s.get("id").in(candidates.stream().map(Hit::id).toList()));
    q.select(s.get("id")).where(where.toArray(Predicate[]::new));
    return new HashSet<>(em.createQuery(q).getResultList());
  }

  /** Who may read it, and the filters; the words are the caller's to add. */
  private List<Predicate> conditions(
      CriteriaBuilder cb,
      CriteriaQuery<?> q,
      Path<Story> s,
      Filter filter,
      Readership.Reader reader,
      Instant now) {
    List<Predicate> where = new ArrayList<>();
    if (!reader.seesDesk()) {
      where.add(Readership.readable(cb, s, reader, now));
    }
    if (filter.scope() != null) {
      where.add(filter.scope().contains(cb, q, s.get("id")));
    }
    if (filter.subject() != null) {
      // One subject per line: the whole line, not a part of one.
      String subject = filter.subject().replace("!", "!!").replace("%", "!%").replace("_", "!_");
      where.add(
          cb.like(
              cb.concat(cb.concat("\n", s.get("subjects")), "\n"), "%\n" + subject + "\n%", '!'));
    }
    if (filter.source() != null) {
      where.add(cb.equal(s.get("sourceId"), filter.source()));
    }
    if (filter.urgency() != null) {
      where.add(index.urgentAtLeast(cb, q, s, filter.urgency()));
    }
    return where;
  }
}

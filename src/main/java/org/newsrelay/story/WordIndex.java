package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsrelay.platform.StatementTimeouts;
import org.newsrelay.text.TextEngine;

/**
 * The one search index, which the feeds' {@code ?q=} and the search API both read: a row of folded
 * words per story ({@link StoryWords}), kept as each version is stored. On PostgreSQL a word is
 * found through the GIN indexes of the generated tsvector columns (the 'simple' reading: the words
 * are ours, already segmented and folded, and taken as they are); on H2, the embedded first-run
 * database, by LIKE over the same words.
 */
@ApplicationScoped
public class WordIndex {
  /**
   * {@code tsvector @@ tsquery} as a function Criteria can name (db/postgresql/V71): an SQL
   * function that PostgreSQL inlines, so the condition is the operator and the GIN index serves it.
   */
  static final String MATCHES = "newsrelay_matches";

  /** Which words a condition reads. */
  public enum Part {
    /** Anywhere in the story. */
    ANY,
    /** Every word of a reading in the headline. */
    HEADLINE,
    /** In the story, but not all in the headline. */
    BODY_ONLY
  }

  @PersistenceContext EntityManager em;
  @Inject StatementTimeouts database;
  @Inject StoryRepository stories;

  private final TextEngine text = TextEngine.standard();

  /**
   * For the rest of the caller's transaction (it must have one), PostgreSQL plans each query for
   * its own words. A prepared statement's generic plan knows no words, so it would guess one
   * frequency for all of them: a walk in time order that suits a word in many stories reads the
   * whole table for a word in none. The caller's first statement on words.
   *
   * <p>And without parallel workers: a search reads a few hundred rows, and starting a worker costs
   * more than that (measured: 10 ms of a 12 ms page and of a 20 ms facet sample, on 2 cores); under
   * a few searches at once the workers only take the cores from the other requests.
   */
  public void customPlans() {
    if (database.postgres()) {
      em.createNativeQuery(
              "select set_config('plan_cache_mode', 'force_custom_plan', true),"
                  + " set_config('max_parallel_workers_per_gather', '0', true)")
          .getSingleResult();
    }
  }

  /** Keeps the row of a story whose copy was just stored, with the wire's urgency. */
  void keep(Story story, CopyWords words, Integer urgency, boolean created) {
    StoryWords row = created ? null : em.find(StoryWords.class, story.id());
    if (row == null) {
      row = new StoryWords(story.id());
      row.keep(story, words, urgency);
      em.persist(row);
    } else {
      row.keep(story, words, urgency);
    }
  }

  /** The desk changed the original copy: its words again, the wire's urgency as it was. */
  void keep(Story story) {
    StoryWords row = em.find(StoryWords.class, story.id());
    CopyWords words = CopyWords.of(text, story);
    if (row == null) {
      row = new StoryWords(story.id());
      row.keep(story, words, stories.metadata(story.id()).urgency());
      em.persist(row);
    } else {
      row.keepWords(story, words);
    }
  }

  /**
   * Indexes up to {@code limit} stories stored before the index existed, in id order after {@code
   * after}, in a transaction of its own: a walk of the primary key, so the whole backfill reads the
   * table once.
   *
   * @return the ids it looked at, all indexed now; fewer than {@code limit} at the end
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<UUID> backfill(UUID after, int limit) {
    List<UUID> ids =
        em.createNamedQuery("StoryWords.missing", UUID.class)
            .setParameter("after", after)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return ids;
    }
    Map<UUID, WireMetadata> wire = stories.metadata(ids);
    for (Story story : stories.all(ids)) {
      StoryWords row = new StoryWords(story.id());
      WireMetadata metadata = wire.getOrDefault(story.id(), WireMetadata.NONE);
      row.keep(story, CopyWords.of(text, story), metadata.urgency());
      em.persist(row);
    }
    return ids;
  }

  /** The condition that story {@code s} matches {@code words} in {@code part}, inside {@code q}. */
  Predicate matches(
      CriteriaBuilder cb, AbstractQuery<?> q, Path<Story> s, WordQuery words, Part part) {
    if (words.isEmpty()) {
      return cb.disjunction();
    }
    Subquery<Integer> row = q.subquery(Integer.class);
    Root<?> w = row.from(rowType());
    row.select(cb.literal(1))
        .where(cb.equal(w.get("storyId"), s.get("id")), matchesRow(cb, w, words, part));
    return cb.exists(row);
  }

  /**
   * The index's row as queries read it: {@link StoryWordVectors} on PostgreSQL (the tsvector
   * columns), {@link StoryWords} on H2. Both have {@code storyId}, {@code language} and {@code
   * versionCreated}.
   */
  Class<?> rowType() {
    return database.postgres() ? StoryWordVectors.class : StoryWords.class;
  }

  /** The condition that the index row {@code w} (of {@link #rowType()}) matches {@code words}. */
  Predicate matchesRow(CriteriaBuilder cb, Path<?> w, WordQuery words, Part part) {
    if (words.isEmpty()) {
      return cb.disjunction();
    }
    Predicate anywhere;
    Predicate headline;
    if (database.postgres()) {
      Expression<String> query = cb.literal(words.tsquery());
      anywhere = vectorMatch(cb, w.get("wordsVector"), query);
      headline = vectorMatch(cb, w.get("headlineVector"), query);
    } else {
      anywhere = like(cb, w.get("words"), words);
      headline = like(cb, w.get("headlineWords"), words);
    }
    return switch (part) {
      case ANY -> anywhere;
      case HEADLINE -> headline;
      case BODY_ONLY -> cb.and(anywhere, cb.not(headline));
    };
  }

  /**
   * The language at {@code language} (an index row's or a story's) is one of {@code languages}: an
   * equality for one, so that an index leading with the language (story_words_newest, the feeds')
   * serves the walk in time order; an IN list for several, walked on story_words_time (V74).
   */
  static Predicate languageIn(CriteriaBuilder cb, Path<?> language, List<Language> languages) {
    return languages.size() == 1 ? cb.equal(language, languages.get(0)) : language.in(languages);
  }

  /**
   * The wire's urgency of story {@code s} is at least as high as {@code urgency} (1 is highest).
   */
  Predicate urgentAtLeast(CriteriaBuilder cb, AbstractQuery<?> q, Path<Story> s, int urgency) {
    Subquery<Integer> row = q.subquery(Integer.class);
    Root<StoryWords> w = row.from(StoryWords.class);
    row.select(cb.literal(1))
        .where(
            cb.equal(w.get("storyId"), s.get("id")),
            cb.lessThanOrEqualTo(w.<Integer>get("urgency"), urgency));
    return cb.exists(row);
  }

  private static Predicate vectorMatch(
      CriteriaBuilder cb, Path<String> vector, Expression<String> query) {
    return cb.isTrue(cb.function(MATCHES, Boolean.class, vector, query));
  }

  /** H2: some reading has each of its words among the space-separated words of the column. */
  private static Predicate like(CriteriaBuilder cb, Path<String> column, WordQuery words) {
    Expression<String> padded = cb.concat(cb.concat(" ", column), " ");
    List<Predicate> readings = new ArrayList<>();
    for (List<String> reading : words.readings()) {
      List<Predicate> each = new ArrayList<>();
      for (String word : reading) {
        each.add(cb.like(padded, WordQuery.likePattern(word), '!'));
      }
      readings.add(cb.and(each.toArray(Predicate[]::new)));
    }
    return cb.or(readings.toArray(Predicate[]::new));
  }
}

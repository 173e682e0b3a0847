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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The advisories feeds' question: what partners were told of the stories of some languages, newest
 * first. An advisory is a line of the story's history ({@link StoryEvent}) that the workflow marked
 * when it happened to a story the public was reading (a hold, a correction), had seen (a kill) or
 * sees again (a release), so every advisory is about a story the public saw. Its words come in the
 * reader's tag, converted like the story's copy ({@link Renditions}); the story's headline only
 * while the story is public ({@link Readership}), so a held or killed story's copy is not repeated.
 */
@ApplicationScoped
public class Advisories {
  @PersistenceContext EntityManager em;
  @Inject Renditions renditions;

  /** A keyset position: the advisories strictly older, or (newer) strictly newer, than this one. */
  public record After(Instant at, UUID id, boolean newer) {}

  /**
   * A page of advisories as readers of {@code language} read them: newest first (a page of newer
   * ones, oldest first), after the cursor, at most {@code limit}.
   *
   * @param stored the stories' stored languages the feed draws on (every Chinese variant for a
   *     Chinese feed); a correction of one variant by hand is news to that variant's readers only
   */
  public List<Advisory> page(
      Language language, List<Language> stored, After after, int limit, Instant now) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<StoryEvent> e = q.from(StoryEvent.class);
    Root<Story> s = q.from(Story.class);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(e.get("storyId"), s.get("id")));
    where.add(cb.isNotNull(e.get("advisory")));
    where.add(s.get("language").in(stored));
    where.add(
        cb.or(
            cb.isNull(e.get("rendition")),
            cb.equal(e.get("rendition"), s.get("language")),
            cb.equal(e.get("rendition"), language)));
    Path<Instant> at = e.get("at");
    Path<UUID> id = e.get("id");
    if (after != null) {
      // The bound on the time alone lets the index start at the cursor.
      where.add(
          after.newer()
              ? cb.greaterThanOrEqualTo(at, after.at())
              : cb.lessThanOrEqualTo(at, after.at()));
      where.add(
          after.newer()
              ? cb.or(cb.greaterThan(at, after.at()), cb.greaterThan(id, after.id()))
              : cb.or(cb.lessThan(at, after.at()), cb.lessThan(id, after.id())));
    }
    boolean newer = after != null && after.newer();
    q.multiselect(e, s)
        .where(where.toArray(Predicate[]::new))
        .orderBy(
            newer ? cb.asc(at) : cb.desc(at), newer ? cb.asc(e.get("id")) : cb.desc(e.get("id")));
    List<Tuple> rows = em.createQuery(q).setMaxResults(limit).getResultList();
    Map<UUID, Story> open = new LinkedHashMap<>();
    for (Tuple row : rows) {
      Story story = row.get(1, Story.class);
      if (Readership.isPublic(story, now)) {
        open.putIfAbsent(story.id(), story);
      }
    }
    Map<UUID, Renditions.ReaderCopy> copies =
        renditions.forReaders(List.copyOf(open.values()), language);
    List<NewsroomTerm> ours = renditions.termsFor(language);
    List<Advisory> advisories = new ArrayList<>(rows.size());
    for (Tuple row : rows) {
      StoryEvent event = row.get(0, StoryEvent.class);
      Story story = row.get(1, Story.class);
      Renditions.ReaderCopy copy = copies.get(story.id());
      advisories.add(
          new Advisory(
              event.id(),
              story.id(),
              event.advisory(),
              event.at(),
              renditions.forReaders(event.notice(), story, language, ours),
              copy == null ? null : copy.rendition().headline()));
    }
    return advisories;
  }
}

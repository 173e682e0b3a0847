package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stories in the database. */
@ApplicationScoped
public class StoryRepository {
  @PersistenceContext EntityManager em;

  public Optional<Story> find(UUID id) {
    return Optional.ofNullable(em.find(Story.class, id));
  }

  public void add(Story story) {
    em.persist(story);
  }

  /** Stories whose embargo has passed but was not yet announced. */
  public List<UUID> embargoesDue(int limit) {
    return em.createQuery(
            "select s.id from Story s where s.embargoedUntil <= :now order by s.embargoedUntil",
            UUID.class)
        .setParameter("now", Instant.now())
        .setMaxResults(limit)
        .getResultList();
  }

  /** Clears the embargo if it is still the one seen, so that one node announces it. */
  boolean claimEmbargoLift(UUID id, Instant seen) {
    int lifted =
        em.createQuery(
                "update Story s set s.embargoedUntil = null where s.id = :id and s.embargoedUntil = :seen")
            .setParameter("id", id)
            .setParameter("seen", seen)
            .executeUpdate();
    if (lifted == 1) {
      em.refresh(em.find(Story.class, id));
    }
    return lifted == 1;
  }
}

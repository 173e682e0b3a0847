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

  /** The newest stories of one language that a reader may see now, newest first. */
  public List<Story> latest(Language language, int limit) {
    return em.createQuery(
            "select s from Story s where s.language = :language and s.status = 'published'"
                + " and (s.embargoedUntil is null or s.embargoedUntil <= :now)"
                + " order by s.versionCreated desc, s.id desc",
            Story.class)
        .setParameter("language", language.tag())
        .setParameter("now", Instant.now())
        .setMaxResults(limit)
        .getResultList();
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

  public List<Story> search(String uri, Language language, int limit) {
    StringBuilder query = new StringBuilder("select s from Story s where 1 = 1");
    if (uri != null) {
      query.append(" and s.uri = :uri");
    }
    if (language != null) {
      query.append(" and s.language = :language");
    }
    query.append(" order by s.versionCreated desc, s.id desc");
    var typed = em.createQuery(query.toString(), Story.class).setMaxResults(limit);
    if (uri != null) {
      typed.setParameter("uri", uri);
    }
    if (language != null) {
      typed.setParameter("language", language.tag());
    }
    return typed.getResultList();
  }
}

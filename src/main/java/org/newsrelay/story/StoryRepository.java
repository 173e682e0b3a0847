package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  /** The newest published stories of one language, newest first. */
  public List<Story> latest(Language language, int limit) {
    return em.createQuery(
            "select s from Story s where s.language = :language and s.status = 'published'"
                + " order by s.versionCreated desc, s.id desc",
            Story.class)
        .setParameter("language", language.tag())
        .setMaxResults(limit)
        .getResultList();
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

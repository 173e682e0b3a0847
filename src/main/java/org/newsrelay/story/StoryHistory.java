package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** The record of what happened to each story. */
@ApplicationScoped
public class StoryHistory {
  @PersistenceContext EntityManager em;

  void record(Story story, String actor, String action, String note) {
    em.persist(new StoryEvent(story, actor, action, note));
  }

  /** The last of {@code actions} that happened to the story, or null. */
  String lastOf(UUID storyId, java.util.Collection<String> actions) {
    return em
        .createQuery(
            "select e.action from StoryEvent e where e.storyId = :story and e.action in :actions"
                + " order by e.at desc, e.version desc",
            String.class)
        .setParameter("story", storyId)
        .setParameter("actions", actions)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  String lastActor(UUID storyId, String action) {
    return em
        .createQuery(
            "select e.actor from StoryEvent e where e.storyId = :story and e.action = :action"
                + " order by e.at desc",
            String.class)
        .setParameter("story", storyId)
        .setParameter("action", action)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  public List<StoryEvent> of(UUID storyId) {
    return em.createQuery(
            "select e from StoryEvent e where e.storyId = :story order by e.at, e.version",
            StoryEvent.class)
        .setParameter("story", storyId)
        .getResultList();
  }
}

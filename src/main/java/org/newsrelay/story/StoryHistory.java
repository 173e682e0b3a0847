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

  /**
   * Records a line that partners are told of as well ({@link Advisories}): the desk's note stays
   * the desk's, {@code notice} is what the advisory says.
   */
  void advise(
      Story story,
      String actor,
      String action,
      String note,
      Advisory.Kind kind,
      String notice,
      Language rendition) {
    em.persist(new StoryEvent(story, actor, action, note).advising(kind, notice, rendition));
  }

  /**
   * Who last did each of {@code actions} to the story, the most recent action first (an action
   * never done is absent): one query for every question a revision asks of the desk's past.
   */
  java.util.LinkedHashMap<String, String> lastActors(
      UUID storyId, java.util.Collection<String> actions) {
    java.util.LinkedHashMap<String, String> actors = new java.util.LinkedHashMap<>();
    em.createNamedQuery("StoryEvent.lastActors", Object[].class)
        .setParameter("story", storyId)
        .setParameter("actions", actions)
        .getResultList()
        .forEach(row -> actors.putIfAbsent((String) row[0], (String) row[1]));
    return actors;
  }

  String lastActor(UUID storyId, String action) {
    return em
        .createNamedQuery("StoryEvent.lastActor", String.class)
        .setParameter("story", storyId)
        .setParameter("action", action)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  public List<StoryEvent> of(UUID storyId) {
    return em.createNamedQuery("StoryEvent.ofStory", StoryEvent.class)
        .setParameter("story", storyId)
        .getResultList();
  }
}

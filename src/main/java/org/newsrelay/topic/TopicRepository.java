package org.newsrelay.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.story.StoryScope;

/** Topics, their stories and pins in the database. */
@ApplicationScoped
public class TopicRepository {
  @PersistenceContext EntityManager em;

  public Optional<Topic> bySlug(String slug) {
    return em
        .createNamedQuery("Topic.bySlug", Topic.class)
        .setParameter("slug", slug)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Optional<Topic> find(UUID id) {
    return Optional.ofNullable(em.find(Topic.class, id));
  }

  /** These topics, in no order; one query for a page's worth of stories' topics. */
  List<Topic> all(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Topic.byIds", Topic.class).setParameter("ids", ids).getResultList();
  }

  public List<Topic> all() {
    return em.createNamedQuery("Topic.all", Topic.class).getResultList();
  }

  void add(Topic topic) {
    em.persist(topic);
    em.flush();
  }

  void remove(Topic topic) {
    for (String deletion :
        List.of(
            "TopicStory.deleteOfTopic", "TopicPin.deleteOfTopic", "Reevaluation.deleteOfTopic")) {
      em.createNamedQuery(deletion).setParameter("topic", topic.id()).executeUpdate();
    }
    em.remove(topic);
  }

  Optional<TopicStory> membership(UUID topicId, UUID storyId) {
    return Optional.ofNullable(em.find(TopicStory.class, new TopicStory.Key(topicId, storyId)));
  }

  /**
   * A story's committed memberships by topic, in one query rather than one per topic. Not flushed
   * first: in a batch of stories, that would write and dirty-check the whole batch before every
   * story. Rows this transaction added are found with {@link #membership}.
   */
  Map<UUID, TopicStory> memberships(UUID storyId) {
    Map<UUID, TopicStory> byTopic = new HashMap<>();
    em.createNamedQuery("TopicStory.ofStory", TopicStory.class)
        .setParameter("story", storyId)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList()
        .forEach(ts -> byTopic.put(ts.topicId(), ts));
    return byTopic;
  }

  void addMembership(TopicStory membership) {
    em.persist(membership);
  }

  void removeMembership(TopicStory membership) {
    em.remove(membership);
  }

  /** The topics a story is in (an editor's removal excluded). */
  public List<Topic> topicsOf(UUID storyId) {
    return em.createNamedQuery("Topic.ofStory", Topic.class)
        .setParameter("story", storyId)
        .setParameter("removed", TopicStory.Reason.REMOVED)
        .getResultList();
  }

  Optional<TopicPin> pin(UUID topicId, UUID storyId) {
    return Optional.ofNullable(em.find(TopicPin.class, new TopicStory.Key(topicId, storyId)));
  }

  void addPin(TopicPin pin) {
    em.persist(pin);
  }

  void removePin(TopicPin pin) {
    em.remove(pin);
  }

  /** Pins still in force, the most recently pinned first. */
  List<TopicPin> pins(UUID topicId) {
    return pinsInForce(topicId, Instant.now()).getResultList();
  }

  /** Pins in force at {@code now}, the most recently pinned first, at most {@code limit}. */
  List<TopicPin> pins(UUID topicId, Instant now, int limit) {
    return pinsInForce(topicId, now).setMaxResults(limit).getResultList();
  }

  private TypedQuery<TopicPin> pinsInForce(UUID topicId, Instant now) {
    return em.createNamedQuery("TopicPin.inForce", TopicPin.class)
        .setParameter("topic", topicId)
        .setParameter("now", now);
  }

  /** Why each of these stories has a row in the topic, by story id. */
  Map<UUID, TopicStory.Reason> reasons(UUID topicId, List<UUID> storyIds) {
    Map<UUID, TopicStory.Reason> reasons = new HashMap<>();
    if (!storyIds.isEmpty()) {
      em.createNamedQuery("TopicStory.ofTopicAmong", TopicStory.class)
          .setParameter("topic", topicId)
          .setParameter("stories", storyIds)
          .getResultList()
          .forEach(ts -> reasons.put(ts.storyId(), ts.reason()));
    }
    return reasons;
  }

  /** The (story id, topic id) pairs of these stories' topics, an editor's removal excluded. */
  List<Object[]> topicsAmong(Collection<UUID> storyIds) {
    if (storyIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("TopicStory.topicsAmong", Object[].class)
        .setParameter("stories", storyIds)
        .setParameter("removed", TopicStory.Reason.REMOVED)
        .getResultList();
  }

  /** The topic's stories, an editor's removal excluded: a condition for the story domain. */
  StoryScope storiesOf(UUID topicId) {
    return (cb, query, storyId) -> {
      Subquery<Integer> in = query.subquery(Integer.class);
      Root<TopicStory> ts = in.from(TopicStory.class);
      in.select(cb.literal(1))
          .where(
              cb.equal(ts.get("storyId"), storyId),
              cb.equal(ts.get("topicId"), topicId),
              cb.notEqual(ts.get("reason"), TopicStory.Reason.REMOVED));
      return cb.exists(in);
    };
  }

  /** Every story with a row in the topic, an editor's removal included: the desk's view. */
  StoryScope listedIn(UUID topicId) {
    return (cb, query, storyId) -> {
      Subquery<Integer> in = query.subquery(Integer.class);
      Root<TopicStory> ts = in.from(TopicStory.class);
      in.select(cb.literal(1))
          .where(cb.equal(ts.get("storyId"), storyId), cb.equal(ts.get("topicId"), topicId));
      return cb.exists(in);
    };
  }

  public List<TopicPin> pinsOf(UUID storyId) {
    return em.createNamedQuery("TopicPin.ofStory", TopicPin.class)
        .setParameter("story", storyId)
        .setParameter("now", Instant.now())
        .getResultList();
  }

  Optional<Reevaluation> latestReevaluation(UUID topicId) {
    return em
        .createNamedQuery("Reevaluation.latest", Reevaluation.class)
        .setParameter("topic", topicId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Unfinished jobs of the topic other than this one give way to it. */
  void supersedeOthers(Reevaluation job) {
    em.createNamedQuery("Reevaluation.supersedeOthers")
        .setParameter("superseded", Reevaluation.Status.SUPERSEDED)
        .setParameter("now", Instant.now())
        .setParameter("topic", job.topicId())
        .setParameter("job", job.id())
        .executeUpdate();
  }
}

package org.newsrelay.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.newsrelay.platform.Settings;
import org.newsrelay.story.Story;
import org.newsrelay.story.StoryRepository;

/** The steps of one re-evaluation, each in its own transaction so that progress is visible. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReevaluationSteps {
  @PersistenceContext EntityManager em;
  @Inject TopicRepository topics;
  @Inject StoryRepository stories;
  @Inject jakarta.enterprise.event.Event<TopicStoriesChanged> storiesChanged;
  @Inject TopicAssignment assignment;
  @Inject Rulebook rulebook;

  /**
   * How long a node holds a job without a batch done: longer than any batch takes, short enough
   * that a dead node's job is taken over soon ({@link ReevaluationSweep}).
   */
  static final Duration LEASE = Duration.ofSeconds(60);

  /** A queued job no node has started this long after it was asked for was lost with its node. */
  static final Duration QUEUED = Duration.ofSeconds(30);

  static Duration window() {
    return Settings.current().topicReevaluateWindow();
  }

  static int limit() {
    return Settings.current().topicReevaluateLimit();
  }

  /** Takes the job unless it is finished or another node holds it. */
  public boolean claim(UUID jobId) {
    Instant now = Instant.now();
    return em.createNamedQuery("Reevaluation.claim")
            .setParameter("until", now.plus(LEASE))
            .setParameter("job", jobId)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** Unfinished jobs that no node holds: their node died, or lost them before it began. */
  public List<UUID> abandoned() {
    Instant now = Instant.now();
    return em.createNamedQuery("Reevaluation.abandoned", UUID.class)
        .setParameter("now", now)
        .setParameter("queuedBefore", now.minus(QUEUED))
        .setMaxResults(10)
        .getResultList();
  }

  /** The recent stories to check, newest first; older unfinished jobs of the topic give way. */
  public List<UUID> start(UUID jobId) {
    Reevaluation job = em.find(Reevaluation.class, jobId);
    topics.supersedeOthers(job);
    List<UUID> ids = stories.idsReceivedSince(Instant.now().minus(window()), limit());
    job.start(ids.size());
    return ids;
  }

  /** False when the topic is gone or its rules changed again: a newer job takes over. */
  public boolean batch(UUID jobId, List<UUID> storyIds) {
    Reevaluation job = em.find(Reevaluation.class, jobId);
    Topic topic = topics.find(job.topicId()).orElse(null);
    if (topic == null || topic.rulesVersion() != job.rulesVersion()) {
      job.finish(Reevaluation.Status.SUPERSEDED, null);
      return false;
    }
    RuleMatcher matcher = rulebook.matcher(topic);
    int matched = 0;
    java.util.Map<org.newsrelay.story.Language, UUID> languages = new java.util.HashMap<>();
    for (Story story : stories.all(storyIds)) {
      if (assignment.apply(topic, story, matcher.matches(rulebook.read(story)))) {
        matched++;
      }
      languages.putIfAbsent(story.language(), story.id());
    }
    // The topic's feeds follow new rules at once, not at their next safety refresh.
    languages.forEach(
        (language, storyId) ->
            storiesChanged.fire(new TopicStoriesChanged(topic.id(), storyId, language)));
    job.progress(storyIds.size(), matched, Instant.now().plus(LEASE));
    return true;
  }

  public void finish(UUID jobId) {
    em.find(Reevaluation.class, jobId).finish(Reevaluation.Status.DONE, null);
  }

  public void fail(UUID jobId, String error) {
    Reevaluation job = em.find(Reevaluation.class, jobId);
    if (job != null) {
      job.finish(Reevaluation.Status.FAILED, error);
    }
  }
}

package org.newsrelay.topic;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks recent stories against a topic's new rules in the background, a batch per transaction, so
 * that saving a topic answers at once and the console can show the progress. The node running a job
 * holds it in the database, renewed with each batch; one that dies lets go of it, and another
 * node's {@link ReevaluationSweep} starts it again from the beginning (assigning a story twice
 * changes nothing).
 */
@ApplicationScoped
public class Reevaluations {
  private static final Logger LOG = Logger.getLogger(Reevaluations.class.getName());
  static final int BATCH = 100;

  @Resource ManagedExecutorService executor;
  @Inject ReevaluationSteps steps;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TopicRulesChanged change) {
    resume(change.reevaluationId());
  }

  /**
   * Runs the job in the background: one just asked for, or one another node left unfinished (see
   * {@link ReevaluationSweep}).
   */
  void resume(UUID job) {
    executor.submit(() -> run(job));
  }

  void run(UUID job) {
    try {
      if (!steps.claim(job)) {
        // Finished already, or another node holds it.
        return;
      }
      List<UUID> stories = steps.start(job);
      for (int from = 0; from < stories.size(); from += BATCH) {
        if (!batch(job, stories.subList(from, Math.min(from + BATCH, stories.size())))) {
          return;
        }
      }
      steps.finish(job);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Re-evaluating topic stories failed (job " + job + ")", e);
      steps.fail(job, e.getClass().getSimpleName());
    }
  }

  /** A story stored at the same moment can race the batch for its row; the second try sees it. */
  private boolean batch(UUID job, List<UUID> stories) {
    try {
      return steps.batch(job, stories);
    } catch (RuntimeException raced) {
      return steps.batch(job, stories);
    }
  }
}

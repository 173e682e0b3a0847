package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Once a story is committed, its cluster is checked again against look-alikes committed meanwhile.
 */
@ApplicationScoped
public class ClusterRecheck {
  @Inject Clustering clustering;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryChanged change) {
    if (change.kind() != StoryChanged.Kind.KILLED) {
      clustering.recheck(change.storyId());
    }
  }
}

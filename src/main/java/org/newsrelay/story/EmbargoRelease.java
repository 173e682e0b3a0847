package org.newsrelay.story;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.newsrelay.platform.DatabaseUnavailable;

/**
 * Announces stories whose embargo has passed, so that feeds' caches and WebSub subscribers learn of
 * them at that moment without anyone asking. Feeds themselves never show a story before its time.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmbargoRelease {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(EmbargoRelease.class.getName());

  @Inject StoryRepository stories;
  @Inject StoryService service;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "embargo release")
  void release() {
    try {
      for (UUID id : stories.embargoesDue(100)) {
        service.liftEmbargo(id);
      }
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.is(e)) {
        throw e;
      }
      // Every two seconds while the database stalls: one line, not a stack trace; the next run
      // finds the same embargoes due.
      LOG.warning("Embargo release waits for the database: " + e);
    }
  }
}

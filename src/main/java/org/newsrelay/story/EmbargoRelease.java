package org.newsrelay.story;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Announces stories whose embargo has passed, so that feeds' caches and WebSub subscribers learn of
 * them at that moment without anyone asking. Feeds themselves never show a story before its time.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmbargoRelease {
  @Inject StoryRepository stories;
  @Inject StoryService service;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "embargo release")
  void release() {
    for (UUID id : stories.embargoesDue(100)) {
      service.liftEmbargo(id);
    }
  }
}

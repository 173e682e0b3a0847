package org.newsrelay.ingest;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every few seconds, polls the sources whose time has come, and renews the WebSub subscriptions
 * whose lease is nearly over. The timer is not persistent because the schedule lives in the
 * database: each source's next attempt, claimed by one node at a time.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SourcePoller {
  private static final int BATCH = 20;

  @Inject Sources sources;
  @Inject SourceHubs hubs;

  private final AtomicBoolean polling = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "source poller")
  void tick() {
    if (!polling.compareAndSet(false, true)) {
      return;
    }
    try {
      for (UUID id : sources.claimDue(BATCH)) {
        sources.poll(id);
      }
      // WebSub leases are renewed on the same tick, before they run out.
      hubs.renewDue();
    } finally {
      polling.set(false);
    }
  }
}

package org.newsrelay.platform;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads the metrics' database figures again every five seconds (only those scraped lately): on an
 * application thread, never on the scrape's. Each node reads its own; the figures are the whole
 * installation's, the same on every node.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsClock {
  @Inject Metrics metrics;

  private final AtomicBoolean reading = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "metrics readings")
  void tick() {
    if (!reading.compareAndSet(false, true)) {
      return;
    }
    try {
      metrics.refreshReadings();
    } finally {
      reading.set(false);
    }
  }
}

package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** newsrelay's meters: named newsrelay_*, histograms with their buckets, gauges over readings. */
class MetricsTest {
  private final Metrics metrics = Metrics.inMemory();

  @Test
  void everyMeterIsNewsrelays() {
    assertThrows(IllegalArgumentException.class, () -> metrics.counter("ingest.accepted", "?"));
  }

  @Test
  void aHistogramCountsIntoItsBuckets() {
    Timer timer =
        metrics.histogram(
            "newsrelay_test_latency",
            "test",
            List.of(Duration.ofMillis(100), Duration.ofSeconds(1)),
            "origin",
            "push");
    timer.record(Duration.ofMillis(50));
    timer.record(Duration.ofMillis(500));
    CountAtBucket[] buckets = timer.takeSnapshot().histogramCounts();
    assertEquals(
        List.of(1.0, 2.0), Arrays.stream(buckets).map(CountAtBucket::count).toList(), "cumulative");
  }

  @Test
  void aGaugeOverAReadingHasNoNumberUntilItIsRead() {
    Reading<Long> reading = metrics.reading("a count", () -> 3L);
    metrics.gauge("newsrelay_test_pending", "test", reading, Long::doubleValue);
    double before = metrics.registry().get("newsrelay_test_pending").gauge().value();
    assertTrue(Double.isNaN(before), "no number before the first read: " + before);
    metrics.refreshReadings();
    assertEquals(3.0, metrics.registry().get("newsrelay_test_pending").gauge().value());
  }
}

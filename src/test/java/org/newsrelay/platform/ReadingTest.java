package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A figure for the metrics is read in the background, shown while recent, read only if wanted. */
class ReadingTest {
  private final AtomicLong now = new AtomicLong();
  private final AtomicInteger reads = new AtomicInteger();

  private Reading<Integer> reading() {
    return new Reading<>("a count", reads::incrementAndGet, now::get);
  }

  private void pass(Duration time) {
    now.addAndGet(time.toNanos());
  }

  @Test
  void nothingIsShownBeforeTheFirstRead() {
    assertEquals(Optional.empty(), reading().value());
  }

  @Test
  void aValueIsShownWhileRecentAndNotOnceStale() {
    Reading<Integer> reading = reading();
    reading.refresh();
    assertEquals(Optional.of(1), reading.value());
    pass(Reading.SHOWN_FOR.plusSeconds(1));
    assertEquals(Optional.empty(), reading.value(), "a stale figure is no figure");
    reading.refresh();
    assertEquals(Optional.of(2), reading.value());
  }

  @Test
  void nobodyScrapingLeavesTheDatabaseAlone() {
    Reading<Integer> reading = reading();
    pass(Reading.WANTED_FOR.plusSeconds(1));
    reading.refresh();
    assertEquals(0, reads.get(), "not read: nobody asked since the start");
    reading.value();
    reading.refresh();
    assertEquals(1, reads.get(), "read again once a scrape asked");
  }

  @Test
  void aFailedReadKeepsTheLastValueUntilItIsStale() {
    AtomicInteger calls = new AtomicInteger();
    Reading<Integer> reading =
        new Reading<>(
            "a count that fails",
            () -> {
              if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("statement timeout");
              }
              return 7;
            },
            now::get);
    reading.refresh();
    pass(Duration.ofSeconds(5));
    reading.refresh();
    assertEquals(Optional.of(7), reading.value());
    pass(Reading.SHOWN_FOR);
    reading.refresh();
    assertTrue(reading.value().isEmpty());
  }
}

package org.newsrelay.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A figure read from the database for a gauge, kept in memory: a scrape reads the last value, and
 * {@link MetricsClock} reads it again every few seconds, but only while someone scrapes, so that an
 * idle server leaves the database alone. A value older than {@link #SHOWN_FOR} is not shown (the
 * gauge has no number) rather than passed off as current.
 */
public final class Reading<T> {
  /** How long a value may be shown after it was read. */
  static final Duration SHOWN_FOR = Duration.ofSeconds(30);

  /** How long after the last scrape (or the start) the figure is still read again. */
  static final Duration WANTED_FOR = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(Reading.class.getName());

  private final String what;
  private final Supplier<T> read;
  private final LongSupplier nanoClock;
  private volatile T value;
  private volatile long readAt;
  private volatile long askedAt;
  private volatile boolean failing;

  Reading(String what, Supplier<T> read, LongSupplier nanoClock) {
    this.what = what;
    this.read = read;
    this.nanoClock = nanoClock;
    // Wanted from the start, so that the first scrape finds a value.
    this.askedAt = nanoClock.getAsLong();
  }

  /** The last value, if it is recent; asking keeps it being read. */
  public Optional<T> value() {
    long now = nanoClock.getAsLong();
    askedAt = now;
    T known = value;
    return known != null && now - readAt <= SHOWN_FOR.toNanos()
        ? Optional.of(known)
        : Optional.empty();
  }

  /** Reads the figure again if it is wanted; a failure keeps the last value until it goes stale. */
  void refresh() {
    if (nanoClock.getAsLong() - askedAt > WANTED_FOR.toNanos()) {
      return;
    }
    try {
      T fresh = read.get();
      readAt = nanoClock.getAsLong();
      value = fresh;
      if (failing) {
        failing = false;
        LOG.info("Reading " + what + " for the metrics works again");
      }
    } catch (RuntimeException e) {
      // Once per outage: a scrape every few seconds must not fill the log.
      if (!failing) {
        failing = true;
        LOG.warning("Could not read " + what + " for the metrics: " + e);
      }
    }
  }
}

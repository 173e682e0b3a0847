package org.newsrelay.partner.websub;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: doubling waits from the first one up to an hour, with a
 * little jitter so that subscribers that failed together do not all come back at the same second;
 * after a day the delivery is given up (and can be resent).
 */
public record Backoff(Duration first, Duration longest, Duration giveUpAfter) {
  public static final Backoff STANDARD =
      new Backoff(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofDays(1));

  /** The wait after the given number of failed attempts (1 for the first failure). */
  public Duration wait(int failures) {
    int doublings = Math.max(0, Math.min(failures - 1, 30));
    long millis = first.toMillis() << doublings;
    if (millis <= 0 || millis > longest.toMillis()) {
      millis = longest.toMillis();
    }
    long jitter = ThreadLocalRandom.current().nextLong(millis / 10 + 1);
    return Duration.ofMillis(millis + jitter);
  }

  public boolean givesUp(Instant created, Instant now) {
    return !now.isBefore(created.plus(giveUpAfter));
  }
}

package org.newsrelay.partner.websub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = Backoff.STANDARD;

  @Test
  void waitsDoubleFromFiveSecondsWithAtMostATenthMore() {
    long seconds = 5;
    for (int failures = 1; failures <= 10; failures++) {
      Duration wait = backoff.wait(failures);
      assertTrue(wait.toMillis() >= seconds * 1000, failures + ": " + wait);
      assertTrue(wait.toMillis() <= seconds * 1100, failures + ": " + wait);
      seconds *= 2;
    }
  }

  @Test
  void neverMoreThanAnHourAndAbit() {
    for (int failures : new int[] {11, 12, 40, 1000}) {
      Duration wait = backoff.wait(failures);
      assertTrue(wait.compareTo(Duration.ofMinutes(66)) <= 0, failures + ": " + wait);
      assertTrue(wait.compareTo(Duration.ofHours(1)) >= 0, failures + ": " + wait);
    }
  }

  @Test
  void givesUpAfterADay() {
    Instant created = Instant.parse("2026-11-28T08:00:00Z");
    assertFalse(backoff.givesUp(created, created.plus(Duration.ofHours(23))));
    assertTrue(backoff.givesUp(created, created.plus(Duration.ofDays(1))));
  }
}

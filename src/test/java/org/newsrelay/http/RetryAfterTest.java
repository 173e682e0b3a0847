package org.newsrelay.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2025-07-01T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsSecondsAndDates() {
    assertEquals(Duration.ofSeconds(90), RetryAfter.parse(" 90 ", clock));
    assertEquals(Duration.ofMinutes(5), RetryAfter.parse("Tue, 01 Jul 2025 10:05:00 GMT", clock));
  }

  @Test
  void aDateInThePastMeansNow() {
    assertEquals(Duration.ZERO, RetryAfter.parse("Tue, 01 Jul 2025 09:00:00 GMT", clock));
  }

  @Test
  void nonsenseIsIgnored() {
    assertNull(RetryAfter.parse("soon", clock));
    assertNull(RetryAfter.parse("-5", clock));
    assertNull(RetryAfter.parse(null, clock));
  }
}

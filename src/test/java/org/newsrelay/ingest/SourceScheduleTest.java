package org.newsrelay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a source is polled next: adapting to how often it changes, backing off when it fails. */
class SourceScheduleTest {
  private final Instant now = Instant.parse("2026-11-28T12:00:00Z");

  @Test
  void quietFeedIsPolledLessOftenUpToEightTimesItsInterval() {
    Source source = new Source("https://wire.example/feed", null, Duration.ofMinutes(5));
    source.succeeded(now, "t", 0, null, null);
    assertEquals(Duration.ofSeconds(450), source.currentInterval());
    for (int i = 0; i < 20; i++) {
      source.succeeded(now, "t", 0, null, null);
    }
    assertEquals(Duration.ofMinutes(40), source.currentInterval());
    assertEquals(now.plus(Duration.ofMinutes(40)), source.nextPollAt());
  }

  @Test
  void newItemsBringTheRegisteredIntervalBack() {
    Source source = new Source("https://wire.example/feed", null, Duration.ofMinutes(5));
    for (int i = 0; i < 5; i++) {
      source.succeeded(now, "t", 0, null, null);
    }
    source.succeeded(now, "t", 3, null, null);
    assertEquals(Duration.ofMinutes(5), source.currentInterval());
  }

  @Test
  void failuresBackOffExponentiallyButNeverPastTheCeiling() {
    Source source = new Source("https://wire.example/feed", null, Duration.ofMinutes(5));
    Duration previousCeiling = Duration.ZERO;
    for (int i = 0; i < 15; i++) {
      Duration wait = SourceHealth.backoff(source, null);
      assertTrue(wait.compareTo(SourceHealth.MAX_BACKOFF) <= 0, "capped: " + wait);
      assertTrue(wait.compareTo(Duration.ofMinutes(1)) >= 0, "at least a minute: " + wait);
      source.failed(now, "down", wait);
      previousCeiling = wait;
    }
    assertTrue(source.failing());
    assertEquals(15, source.consecutiveFailures());
    assertTrue(
        previousCeiling.compareTo(Duration.ofHours(3)) >= 0,
        "still trying, slowly: " + previousCeiling);
  }

  @Test
  void retryAfterLongerThanTheBackoffWins() {
    Source source = new Source("https://wire.example/feed", null, Duration.ofMinutes(5));
    assertEquals(Duration.ofHours(10), SourceHealth.backoff(source, Duration.ofHours(10)));
  }

  @Test
  void aFeedItsHubPushesIsPolledRarelyButAgainWhenTheLeaseEnds() {
    Source source = new Source("https://wire.example/feed", null, Duration.ofMinutes(5));
    source.succeeded(now, "t", 2, null, null, now.plus(Duration.ofDays(7)));
    assertEquals(now.plus(Source.SLOWEST), source.nextPollAt(), "a fallback poll, rarely");
    source.succeeded(now, "t", 0, null, null, now.plus(Duration.ofMinutes(30)));
    assertEquals(now.plus(Duration.ofMinutes(30)), source.nextPollAt(), "not after the lease");
    source.succeeded(now, "t", 1, null, null, now.minusSeconds(1));
    assertEquals(now.plus(Duration.ofMinutes(5)), source.nextPollAt(), "lapsed: normal polling");
  }

  @Test
  void aVerifiedSubscriptionPutsTheNextPollOffAtOnce() {
    Source source = new Source("https://wire.example/feed", null, Duration.ofMinutes(5));
    source.succeeded(now, "t", 2, null, null);
    source.pushedUntil(now, now.plus(Duration.ofDays(7)));
    assertEquals(now.plus(Source.SLOWEST), source.nextPollAt());
    source.pushedUntil(now, now.plus(Duration.ofMinutes(1)));
    assertEquals(now.plus(Source.SLOWEST), source.nextPollAt(), "never brought forward");
  }
}

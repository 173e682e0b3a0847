package org.newsrelay.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aMinutesWorthBurstsThenWaits() {
    TokenBucket bucket = new TokenBucket(3, 0);
    assertEquals(0, bucket.take(0));
    assertEquals(0, bucket.take(0));
    assertEquals(0, bucket.take(0));
    long wait = bucket.take(0);
    assertEquals(20 * SECOND, wait, "3 a minute: one every 20 s");
  }

  @Test
  void tokensComeBackEvenly() {
    TokenBucket bucket = new TokenBucket(60, 0);
    for (int i = 0; i < 60; i++) {
      assertEquals(0, bucket.take(0));
    }
    assertTrue(bucket.take(0) > 0);
    assertEquals(0, bucket.take(SECOND), "one a second at 60 a minute");
    assertTrue(bucket.take(SECOND) > 0);
  }

  @Test
  void aQuietSpellDoesNotSaveMoreThanAMinute() {
    TokenBucket bucket = new TokenBucket(2, 0);
    long later = 3600 * SECOND;
    assertEquals(0, bucket.take(later));
    assertEquals(0, bucket.take(later));
    assertTrue(bucket.take(later) > 0);
  }
}

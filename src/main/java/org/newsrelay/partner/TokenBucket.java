package org.newsrelay.partner;

/**
 * A rate limit: holds up to a minute's worth of requests and refills evenly, so a partner may burst
 * after a quiet spell but not exceed its rate over a minute.
 */
final class TokenBucket {
  private static final long MINUTE_NANOS = 60_000_000_000L;

  private final int perMinute;
  private final double capacity;
  private double tokens;
  private long updatedNanos;

  TokenBucket(int perMinute, long nowNanos) {
    this.perMinute = perMinute;
    this.capacity = perMinute;
    this.tokens = perMinute;
    this.updatedNanos = nowNanos;
  }

  int perMinute() {
    return perMinute;
  }

  /**
   * Takes one token.
   *
   * @return 0 when taken, else how many nanoseconds until one is there
   */
  synchronized long take(long nowNanos) {
    long elapsed = Math.max(0, nowNanos - updatedNanos);
    tokens = Math.min(capacity, tokens + elapsed * (double) perMinute / MINUTE_NANOS);
    updatedNanos = nowNanos;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) * MINUTE_NANOS / perMinute);
  }
}

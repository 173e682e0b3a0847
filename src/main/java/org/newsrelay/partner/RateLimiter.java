package org.newsrelay.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per API key, one for reads and one for pushes. In this node's memory: with several
 * nodes each enforces the limit on its own share (see docs/partners.md).
 */
@ApplicationScoped
public class RateLimiter {
  /** What a request counts against. */
  public enum Kind {
    READ,
    PUSH
  }

  private record BucketKey(UUID keyId, Kind kind) {}

  private final ConcurrentHashMap<BucketKey, TokenBucket> buckets = new ConcurrentHashMap<>();

  /**
   * @return empty when the request may go ahead, else how long to wait
   */
  public Optional<Duration> take(PartnerCaller caller, Kind kind) {
    int perMinute = kind == Kind.PUSH ? caller.pushesPerMinute() : caller.readsPerMinute();
    long now = System.nanoTime();
    TokenBucket bucket =
        buckets.compute(
            new BucketKey(caller.keyId(), kind),
            (k, existing) ->
                existing != null && existing.perMinute() == perMinute
                    ? existing
                    : new TokenBucket(perMinute, now));
    long wait = bucket.take(now);
    return wait == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
  }
}

package org.newsrelay.http;

import java.time.Duration;
import java.util.Objects;

/** Limits that every fetch obeys; the defaults suit polling public news feeds. */
public record FetchPolicy(
    Duration connectTimeout,
    Duration totalTimeout,
    long maxBytes,
    int maxRedirects,
    AddressAllowlist allow) {

  public FetchPolicy {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(totalTimeout, "totalTimeout");
    Objects.requireNonNull(allow, "allow");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be positive");
    }
    if (totalTimeout.isNegative() || totalTimeout.isZero()) {
      throw new IllegalArgumentException("totalTimeout must be positive");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative");
    }
  }

  /** 10 s to connect, 30 s for the whole exchange, 10 MB of decoded body, 5 redirects. */
  public static FetchPolicy defaults(AddressAllowlist allow) {
    return new FetchPolicy(
        Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5, allow);
  }

  public FetchPolicy withTimeouts(Duration connect, Duration total) {
    return new FetchPolicy(connect, total, maxBytes, maxRedirects, allow);
  }

  public FetchPolicy withMaxBytes(long bytes) {
    return new FetchPolicy(connectTimeout, totalTimeout, bytes, maxRedirects, allow);
  }

  public FetchPolicy withMaxRedirects(int redirects) {
    return new FetchPolicy(connectTimeout, totalTimeout, maxBytes, redirects, allow);
  }
}

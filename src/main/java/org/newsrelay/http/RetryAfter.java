package org.newsrelay.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.hc.client5.http.utils.DateUtils;

/** Reads a {@code Retry-After} header: delay in seconds or an HTTP date (RFC 9110 §10.2.3). */
final class RetryAfter {

  private RetryAfter() {}

  /** Null when absent or unreadable; never negative. */
  static Duration parse(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    if (value.matches("\\d{1,12}")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    Instant when = DateUtils.parseStandardDate(value);
    if (when == null) {
      return null;
    }
    Duration delay = Duration.between(clock.instant(), when);
    return delay.isNegative() ? Duration.ZERO : delay.withNanos(0);
  }
}

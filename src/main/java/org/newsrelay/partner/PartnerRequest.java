package org.newsrelay.partner;

import java.util.List;

/**
 * What an admin sends for a partner, as sent; {@link PartnerTerms#of} checks it. Rate limits are
 * read as longs so that a number too large for the limit is refused by its range, not its type.
 */
public record PartnerRequest(
    String name,
    String contact,
    List<String> roles,
    Entitlements entitlements,
    RateLimits rateLimits) {

  /** {@code {"topics": [slug], "languages": [tag]}}. */
  public record Entitlements(List<String> topics, List<String> languages) {}

  /** {@code {"reads_per_minute": n, "pushes_per_minute": n}}. */
  public record RateLimits(Long readsPerMinute, Long pushesPerMinute) {}
}

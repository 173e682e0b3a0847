package org.newsrelay.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an admin sends for a partner, its texts stripped; the constraints here are checked as it is
 * read, and {@link PartnerTerms#of} checks the rest (roles, slugs, languages). Rate limits are read
 * as longs so that a number too large for the limit is refused by its range, not its type.
 */
public record PartnerRequest(
    @NotBlank(message = "A partner needs a \"name\".")
        @Size(max = 200, message = "\"name\" is longer than 200 characters.")
        String name,
    @Size(max = 500, message = "\"contact\" is longer than 500 characters.") String contact,
    @NotEmpty(message = "A partner needs \"roles\": \"subscriber\", \"wire\" or both.")
        List<String> roles,
    Entitlements entitlements,
    @Valid RateLimits rateLimits) {

  public PartnerRequest {
    // The lengths are of what is kept.
    name = name == null ? null : name.strip();
    contact = contact == null ? null : contact.strip();
  }

  /** {@code {"topics": [slug], "languages": [tag]}}. */
  public record Entitlements(List<String> topics, List<String> languages) {}

  /** {@code {"reads_per_minute": n, "pushes_per_minute": n}}. */
  public record RateLimits(
      @Min(value = 1, message = READS) @Max(value = PartnerTerms.MAX_PER_MINUTE, message = READS)
          Long readsPerMinute,
      @Min(value = 1, message = PUSHES) @Max(value = PartnerTerms.MAX_PER_MINUTE, message = PUSHES)
          Long pushesPerMinute) {
    static final String READS =
        "\"rate_limits.reads_per_minute\" must be a whole number from 1 to "
            + PartnerTerms.MAX_PER_MINUTE
            + ".";
    static final String PUSHES =
        "\"rate_limits.pushes_per_minute\" must be a whole number from 1 to "
            + PartnerTerms.MAX_PER_MINUTE
            + ".";
  }
}

package org.newsrelay.partner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.story.Language;

/** What an admin says about a partner, checked: name, roles, entitlements and rate limits. */
public record PartnerTerms(
    String name,
    String contact,
    List<String> roles,
    List<String> topics,
    List<String> languages,
    int readsPerMinute,
    int pushesPerMinute) {

  static final int DEFAULT_READS_PER_MINUTE = 600;
  static final int DEFAULT_PUSHES_PER_MINUTE = 120;
  static final int MAX_PER_MINUTE = 1_000_000;
  static final Set<String> ROLES = Set.of(Partner.SUBSCRIBER, Partner.WIRE);

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  /**
   * Checks what an admin sent, {@code {"name", "contact", "roles", "entitlements": {"topics",
   * "languages"}, "rate_limits": {"reads_per_minute", "pushes_per_minute"}}}, as read by {@code
   * JsonBodies.read} (which has checked {@link PartnerRequest}'s own constraints: the name, the
   * lengths, roles given, the limits' ranges). Languages left out mean every language; topics left
   * out mean no partner-only topic.
   *
   * @throws InvalidInput naming what is wrong
   */
  public static PartnerTerms of(PartnerRequest request) {
    String name = request.name();
    String contact =
        request.contact() == null || request.contact().isEmpty() ? null : request.contact();
    List<String> roles = strings(request.roles(), "roles");
    for (String role : roles) {
      if (!ROLES.contains(role)) {
        throw InvalidInput.field(
            "roles", "\"" + role + "\" is not a partner role; use \"subscriber\" and/or \"wire\".");
      }
    }
    PartnerRequest.Entitlements entitlements = request.entitlements();
    List<String> topics =
        entitlements == null ? null : strings(entitlements.topics(), "entitlements.topics");
    topics = topics == null ? List.of() : topics;
    for (String topic : topics) {
      if (!SLUG.matcher(topic).matches()) {
        throw InvalidInput.field(
            "entitlements.topics",
            "\"" + topic + "\" is not a topic slug (lowercase letters, digits and hyphens).");
      }
    }
    if (String.join(",", topics).length() > 4000) {
      throw InvalidInput.field("entitlements.topics", "Too many entitled topics.");
    }
    List<String> languages =
        entitlements == null ? null : strings(entitlements.languages(), "entitlements.languages");
    languages = languages == null ? Language.tags() : languages;
    for (String tag : languages) {
      if (Language.ofExactTag(tag).isEmpty()) {
        throw Language.unknown(tag);
      }
    }
    PartnerRequest.RateLimits limits = request.rateLimits();
    int reads =
        perMinute(limits == null ? null : limits.readsPerMinute(), DEFAULT_READS_PER_MINUTE);
    int pushes =
        perMinute(limits == null ? null : limits.pushesPerMinute(), DEFAULT_PUSHES_PER_MINUTE);
    return new PartnerTerms(name, contact, roles, topics, languages, reads, pushes);
  }

  /** Distinct strings in the order given; null when the field is absent. */
  private static List<String> strings(List<String> values, String field) {
    if (values == null) {
      return null;
    }
    Set<String> result = new LinkedHashSet<>();
    for (String value : values) {
      if (value.isBlank()) {
        throw InvalidInput.field(field, "\"" + field + "\" must be an array of strings.");
      }
      result.add(value.strip());
    }
    return new ArrayList<>(result);
  }

  private static int perMinute(Long value, int fallback) {
    return value == null ? fallback : value.intValue();
  }
}

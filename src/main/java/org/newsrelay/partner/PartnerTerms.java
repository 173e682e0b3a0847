package org.newsrelay.partner;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
   * Reads {@code {"name", "contact", "roles", "entitlements": {"topics", "languages"},
   * "rate_limits": {"reads_per_minute", "pushes_per_minute"}}}. Languages left out mean every
   * language; topics left out mean no partner-only topic.
   *
   * @throws InvalidInput naming what is wrong
   */
  public static PartnerTerms of(JsonObject json) {
    String name = text(json, "name", 200);
    if (name == null) {
      throw new InvalidInput("A partner needs a \"name\".");
    }
    String contact = text(json, "contact", 500);
    List<String> roles = strings(json, "roles");
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInput("A partner needs \"roles\": \"subscriber\", \"wire\" or both.");
    }
    for (String role : roles) {
      if (!ROLES.contains(role)) {
        throw new InvalidInput(
            "\"" + role + "\" is not a partner role; use \"subscriber\" and/or \"wire\".");
      }
    }
    JsonObject entitlements = object(json, "entitlements");
    List<String> topics = entitlements == null ? null : strings(entitlements, "topics");
    topics = topics == null ? List.of() : topics;
    for (String topic : topics) {
      if (!SLUG.matcher(topic).matches()) {
        throw new InvalidInput(
            "\"" + topic + "\" is not a topic slug (lowercase letters, digits and hyphens).");
      }
    }
    if (String.join(",", topics).length() > 4000) {
      throw new InvalidInput("Too many entitled topics.");
    }
    List<String> languages = entitlements == null ? null : strings(entitlements, "languages");
    languages = languages == null ? Language.tags() : languages;
    for (String tag : languages) {
      if (Language.ofExactTag(tag).isEmpty()) {
        throw Language.unknown(tag);
      }
    }
    JsonObject limits = object(json, "rate_limits");
    int reads = perMinute(limits, "reads_per_minute", DEFAULT_READS_PER_MINUTE);
    int pushes = perMinute(limits, "pushes_per_minute", DEFAULT_PUSHES_PER_MINUTE);
    return new PartnerTerms(name, contact, roles, topics, languages, reads, pushes);
  }

  private static String text(JsonObject json, String field, int maxLength) {
    JsonValue value = json.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw new InvalidInput("\"" + field + "\" must be a string.");
    }
    String s = string.getString().strip();
    if (s.length() > maxLength) {
      throw new InvalidInput("\"" + field + "\" is longer than " + maxLength + " characters.");
    }
    return s.isEmpty() ? null : s;
  }

  private static JsonObject object(JsonObject json, String field) {
    JsonValue value = json.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonObject object)) {
      throw new InvalidInput("\"" + field + "\" must be an object.");
    }
    return object;
  }

  /** Distinct strings in the order given; null when the field is absent. */
  private static List<String> strings(JsonObject json, String field) {
    JsonValue value = json.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      throw new InvalidInput("\"" + field + "\" must be an array of strings.");
    }
    Set<String> result = new LinkedHashSet<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString string) || string.getString().isBlank()) {
        throw new InvalidInput("\"" + field + "\" must be an array of strings.");
      }
      result.add(string.getString().strip());
    }
    return new ArrayList<>(result);
  }

  private static int perMinute(JsonObject limits, String field, int fallback) {
    JsonValue value = limits == null ? null : limits.get(field);
    if (value == null || value == JsonValue.NULL) {
      return fallback;
    }
    if (!(value instanceof JsonNumber number)
        || !number.isIntegral()
        || number.longValue() < 1
        || number.longValue() > MAX_PER_MINUTE) {
      throw new InvalidInput(
          "\"" + field + "\" must be a whole number from 1 to " + MAX_PER_MINUTE + ".");
    }
    return number.intValue();
  }
}

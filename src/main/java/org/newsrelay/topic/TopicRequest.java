package org.newsrelay.topic;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;

/**
 * What an editor sends to define a topic, checked as it is made: {@code {"slug"?, "names":
 * {"zh-Hans": "芯片", "en": "Chips"} | "name", "description"?, "visibility"?, "rules"}}. The texts
 * come out stripped of control characters and blanks (a blank one is absent); {@code names} holds
 * the names given, or the single {@code name} under the language it is written in. {@code rules}
 * stays raw for {@link TopicRules#from}, which reads and checks them.
 */
record TopicRequest(
    @Size(max = MAX_SLUG, message = "\"slug\" is longer than " + MAX_SLUG + " characters.")
        String slug,
    Map<String, String> names,
    @Size(max = MAX_NAME, message = "\"name\" is longer than " + MAX_NAME + " characters.")
        String name,
    @Size(max = 4000, message = "\"description\" is longer than 4000 characters.")
        String description,
    String visibility,
    @NotNull(message = "A topic needs \"rules\".") JsonValue rules) {
  static final int MAX_SLUG = 64;
  static final int MAX_NAME = 200;
  // Feed URLs that are not topics.
  // Ordered, so that the refusal lists them the same way every time.
  static final Set<String> RESERVED =
      java.util.Collections.unmodifiableSet(
          new java.util.LinkedHashSet<>(
              java.util.List.of("all", "advisories", "opml", "index", "preview")));
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\u200c\\u200d]]");

  // The constraints' lengths are of the cleaned texts: the compact constructor cleans them first.
  TopicRequest {
    slug = clean(slug);
    if (slug != null && (!SLUG.matcher(slug).matches() || RESERVED.contains(slug))) {
      throw InvalidInput.field(
          "slug",
          "\"slug\" must be lower-case ASCII letters and digits joined by hyphens, not one of "
              + RESERVED
              + ".");
    }
    Map<String, String> given = new LinkedHashMap<>();
    if (names != null) {
      names.forEach(
          (tag, text) -> {
            if (Language.ofExactTag(tag).isEmpty()) {
              throw InvalidInput.field(
                  "names", "\"" + tag + "\" is not one of the languages " + Language.tags() + ".");
            }
            // A map's value is named by its key, which no constraint's message can say.
            String cleaned = text(text, "names." + tag, MAX_NAME);
            if (cleaned != null) {
              given.put(tag, cleaned);
            }
          });
    }
    name = clean(name);
    if (name != null && given.isEmpty()) {
      // Its length is refused after; the language of a name too long is read from its start only.
      String tag =
          TextEngine.standard()
              .detect(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name)
              .variant();
      given.put(Language.ofExactTag(tag).map(Language::tag).orElse("en"), name);
    }
    if (given.isEmpty()) {
      throw InvalidInput.field(
          "names", "A topic needs a name: \"names\": {\"zh-Hans\": \"芯片\", \"en\": \"Chips\"}.");
    }
    names = java.util.Collections.unmodifiableMap(given);
    visibility = clean(visibility);
    if (visibility != null && Visibility.parse(visibility).isEmpty()) {
      throw InvalidInput.field("visibility", "\"visibility\" is \"public\" or \"partner\".");
    }
    description = clean(description);
  }

  /** The topic as the service defines it, its rules read and checked. */
  TopicService.Definition definition() {
    return new TopicService.Definition(
        slug,
        names,
        description,
        visibility == null ? Visibility.PUBLIC : Visibility.parse(visibility).orElseThrow(),
        TopicRules.from(rules));
  }

  private static String text(String value, String field, int max) {
    String text = clean(value);
    if (text != null && text.length() > max) {
      throw InvalidInput.field(field, "\"" + field + "\" is longer than " + max + " characters.");
    }
    return text;
  }

  /** Without control characters and outer blanks; null when nothing is left. */
  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String text = CONTROL.matcher(value).replaceAll("").strip();
    return text.isEmpty() ? null : text;
  }
}

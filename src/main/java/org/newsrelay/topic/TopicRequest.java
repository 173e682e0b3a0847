package org.newsrelay.topic;

import jakarta.json.JsonValue;
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
    String slug,
    Map<String, String> names,
    String name,
    String description,
    String visibility,
    JsonValue rules) {
  static final int MAX_SLUG = 64;
  // Feed URLs that are not topics.
  static final Set<String> RESERVED = Set.of("all", "opml", "index", "preview");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\u200c\\u200d]]");

  TopicRequest {
    slug = text(slug, "slug", MAX_SLUG);
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
            String cleaned = text(text, "names." + tag, 200);
            if (cleaned != null) {
              given.put(tag, cleaned);
            }
          });
    }
    name = text(name, "name", 200);
    if (name != null && given.isEmpty()) {
      String tag = TextEngine.standard().detect(name).variant();
      given.put(Language.ofExactTag(tag).map(Language::tag).orElse("en"), name);
    }
    if (given.isEmpty()) {
      throw InvalidInput.field(
          "names", "A topic needs a name: \"names\": {\"zh-Hans\": \"芯片\", \"en\": \"Chips\"}.");
    }
    names = java.util.Collections.unmodifiableMap(given);
    visibility = text(visibility, "visibility", 20);
    if (visibility != null && Visibility.parse(visibility).isEmpty()) {
      throw InvalidInput.field("visibility", "\"visibility\" is \"public\" or \"partner\".");
    }
    if (rules == null) {
      throw InvalidInput.field("rules", "A topic needs \"rules\".");
    }
    description = text(description, "description", 4000);
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
    if (value == null) {
      return null;
    }
    String text = CONTROL.matcher(value).replaceAll("").strip();
    if (text.length() > max) {
      throw InvalidInput.field(field, "\"" + field + "\" is longer than " + max + " characters.");
    }
    return text.isEmpty() ? null : text;
  }
}

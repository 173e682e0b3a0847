package org.newsrelay.topic;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;

/**
 * A topic's rules as the editor wrote them: words or phrases to include and exclude (any language,
 * any script), sources (a source id or a pushing account's origin), and IPTC subject codes. Words
 * are literal, never patterns, so no rule can run away.
 */
public record TopicRules(
    List<String> include, List<String> exclude, List<String> sources, List<String> subjects) {
  static final int MAX_ENTRIES = 100;
  static final int MAX_LENGTH = 200;
  private static final Pattern SUBJECT = Pattern.compile("(?:[a-z]+:)?[0-9]{8}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200c\\u200d]]");

  public TopicRules {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    sources = List.copyOf(sources);
    subjects = List.copyOf(subjects);
  }

  /**
   * Reads and checks rules: 400 when there are none that could select a story (exclusions alone
   * select nothing), or an entry is blank, too long or not a string.
   */
  public static TopicRules from(JsonValue value) {
    if (!(value instanceof JsonObject json)) {
      throw InvalidInput.field(
          "rules", "\"rules\" must be an object such as {\"include\": [\"芯片\"], \"exclude\": []}.");
    }
    TopicRules rules =
        new TopicRules(
            entries(json, "include"),
            entries(json, "exclude"),
            entries(json, "sources"),
            entries(json, "subjects").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    if (rules.include.isEmpty() && rules.sources.isEmpty() && rules.subjects.isEmpty()) {
      throw InvalidInput.field(
          "rules",
          "The rules are empty: give at least one of \"include\", \"sources\" or \"subjects\".");
    }
    for (String subject : rules.subjects) {
      if (!SUBJECT.matcher(subject).matches()) {
        throw InvalidInput.field(
            "rules.subjects",
            "\"" + subject + "\" is not an IPTC subject code (8 digits, e.g. 04000000).");
      }
    }
    return rules;
  }

  private static List<String> entries(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw InvalidInput.field("rules." + name, "\"" + name + "\" must be a list of strings.");
    }
    if (array.size() > MAX_ENTRIES) {
      throw InvalidInput.field(
          "rules." + name,
          "\"" + name + "\" has " + array.size() + " entries; at most " + MAX_ENTRIES + ".");
    }
    LinkedHashSet<String> entries = new LinkedHashSet<>();
    for (JsonValue entry : array) {
      if (!(entry instanceof JsonString string)) {
        throw InvalidInput.field("rules." + name, "\"" + name + "\" must be a list of strings.");
      }
      String text = CONTROL.matcher(string.getString()).replaceAll("").strip();
      if (text.isEmpty()) {
        throw InvalidInput.field("rules." + name, "\"" + name + "\" has an empty entry.");
      }
      if (text.length() > MAX_LENGTH) {
        throw InvalidInput.field(
            "rules." + name,
            "An entry of \"" + name + "\" is longer than " + MAX_LENGTH + " characters.");
      }
      entries.add(text);
    }
    return new ArrayList<>(entries);
  }

  public JsonObject toJson() {
    return Json.createObjectBuilder()
        .add("include", Json.createArrayBuilder(include))
        .add("exclude", Json.createArrayBuilder(exclude))
        .add("sources", Json.createArrayBuilder(sources))
        .add("subjects", Json.createArrayBuilder(subjects))
        .build();
  }
}

package org.newsrelay.topic;

import java.util.List;
import java.util.Locale;

/**
 * A topic's rules compiled for matching: each phrase folded into its word sequences once. A story
 * matches when every kind of rule given agrees: one included phrase, one of the sources, one of the
 * subjects (IPTC codes match their narrower codes too), and no excluded phrase.
 */
final class RuleMatcher {
  private final List<List<List<String>>> include;
  private final List<List<List<String>>> exclude;
  private final List<String> sources;
  private final List<String> subjects;

  RuleMatcher(TopicRules rules, ScriptFolding folding) {
    include = rules.include().stream().map(folding::phrase).toList();
    exclude = rules.exclude().stream().map(folding::phrase).toList();
    sources = rules.sources().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    subjects = rules.subjects().stream().map(RuleMatcher::significant).toList();
  }

  boolean matches(StoryText story) {
    if (!include.isEmpty() && include.stream().noneMatch(p -> anyReading(story, p))) {
      return false;
    }
    if (!sources.isEmpty() && !fromSources(story)) {
      return false;
    }
    if (!subjects.isEmpty() && !aboutSubjects(story)) {
      return false;
    }
    return exclude.stream().noneMatch(p -> anyReading(story, p));
  }

  private static boolean anyReading(StoryText story, List<List<String>> phrase) {
    return phrase.stream().anyMatch(story::contains);
  }

  private boolean fromSources(StoryText story) {
    String source = story.sourceId() == null ? null : story.sourceId().toString();
    String origin = story.origin().toLowerCase(Locale.ROOT);
    return sources.stream().anyMatch(s -> s.equals(source) || s.equals(origin));
  }

  private boolean aboutSubjects(StoryText story) {
    for (String code : story.subjects()) {
      String digits = code.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+:", "");
      if (subjects.stream().anyMatch(digits::startsWith)) {
        return true;
      }
    }
    return false;
  }

  /**
   * IPTC subject codes are hierarchical (04000000 economy, 04005000 energy, 04005001 its detail):
   * trailing zero groups mean "and everything below".
   */
  static String significant(String code) {
    String digits = code.replaceFirst("^[a-z]+:", "");
    if (digits.endsWith("000000")) {
      return digits.substring(0, 2);
    }
    return digits.endsWith("000") ? digits.substring(0, 5) : digits;
  }
}

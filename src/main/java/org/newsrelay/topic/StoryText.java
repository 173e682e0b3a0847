package org.newsrelay.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What rules look at in one story: its words in every reading of its script (see {@link
 * ScriptFolding}), where it came from, and its subject codes. Each reading is indexed by word once,
 * so that checking a phrase looks only where its first word occurs.
 */
final class StoryText {
  private final UUID id;
  private final List<List<String>> readings;
  private final List<Map<String, List<Integer>>> positions;
  private final UUID sourceId;
  private final String origin;
  private final List<String> subjects;

  StoryText(
      UUID id, List<List<String>> readings, UUID sourceId, String origin, List<String> subjects) {
    this.id = id;
    this.readings = List.copyOf(readings);
    this.sourceId = sourceId;
    this.origin = origin;
    this.subjects = List.copyOf(subjects);
    this.positions = new ArrayList<>();
    for (List<String> words : this.readings) {
      Map<String, List<Integer>> index = new HashMap<>();
      for (int i = 0; i < words.size(); i++) {
        index.computeIfAbsent(words.get(i), w -> new ArrayList<>(2)).add(i);
      }
      positions.add(index);
    }
  }

  /** True when some reading holds the words in this order, as whole words. */
  boolean contains(List<String> phrase) {
    for (int r = 0; r < readings.size(); r++) {
      List<String> words = readings.get(r);
      for (int start : positions.get(r).getOrDefault(phrase.get(0), List.of())) {
        if (startsAt(words, start, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsAt(List<String> words, int start, List<String> phrase) {
    if (start + phrase.size() > words.size()) {
      return false;
    }
    for (int k = 1; k < phrase.size(); k++) {
      if (!words.get(start + k).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  UUID id() {
    return id;
  }

  UUID sourceId() {
    return sourceId;
  }

  String origin() {
    return origin;
  }

  List<String> subjects() {
    return subjects;
  }
}

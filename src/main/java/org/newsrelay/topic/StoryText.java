package org.newsrelay.topic;

import java.util.List;
import java.util.UUID;

/**
 * What rules look at in one story: its words in every reading of its script (see {@link
 * ScriptFolding}), where it came from, and its subject codes.
 */
record StoryText(
    UUID id, List<List<String>> readings, UUID sourceId, String origin, List<String> subjects) {

  /** True when some reading holds the words in this order, as whole words. */
  boolean contains(List<String> phrase) {
    for (List<String> words : readings) {
      if (containsSequence(words, phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsSequence(List<String> words, List<String> phrase) {
    int last = words.size() - phrase.size();
    for (int i = 0; i <= last; i++) {
      int k = 0;
      while (k < phrase.size() && words.get(i + k).equals(phrase.get(k))) {
        k++;
      }
      if (k == phrase.size()) {
        return true;
      }
    }
    return false;
  }
}

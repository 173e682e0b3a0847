package org.newsrelay.story;

import java.util.Arrays;
import java.util.Locale;

/** Where a story is in the desk's workflow. */
public enum StoryStatus {
  INCOMING,
  PUBLISHED,
  HELD,
  KILLED;

  /** The word the database and the API use: {@code published}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static StoryStatus of(String value) {
    return Arrays.stream(values())
        .filter(status -> status.value().equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No story status " + value));
  }
}

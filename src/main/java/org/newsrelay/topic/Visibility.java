package org.newsrelay.topic;

import java.util.Arrays;
import java.util.Optional;

/** Who may read a topic's feeds: anyone, or only partners entitled to the topic. */
public enum Visibility {
  PUBLIC("public"),
  PARTNER("partner");

  private final String value;

  Visibility(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  static Optional<Visibility> parse(String value) {
    return Arrays.stream(values()).filter(v -> v.value.equals(value)).findFirst();
  }

  static Visibility of(String value) {
    return parse(value).orElseThrow();
  }
}

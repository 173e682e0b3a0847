package org.newsrelay.text;

import java.util.List;

/**
 * A story's text after clean-up: {@code text} (plain or sanitised HTML, as asked), its plain-text
 * form, what was detected before conversion, the boilerplate removed, and warnings.
 */
public record Normalized(
    String text,
    String plainText,
    Detection detected,
    List<String> removed,
    List<String> warnings) {
  public Normalized {
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
  }
}

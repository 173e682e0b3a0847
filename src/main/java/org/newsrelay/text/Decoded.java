package org.newsrelay.text;

import java.util.List;

/** Text decoded from bytes, the charset actually used, and what went wrong on the way. */
public record Decoded(String text, String charset, List<String> warnings) {
  public Decoded {
    warnings = List.copyOf(warnings);
  }
}

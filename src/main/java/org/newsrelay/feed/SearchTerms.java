package org.newsrelay.feed;

import java.text.Normalizer;
import java.util.Locale;
import org.newsrelay.story.WordQuery;
import org.newsrelay.text.TextEngine;

/**
 * A reader's ?q= keyword, normalised (NFKC, case folded, spaces collapsed) for the feed's identity
 * and links, and read as the search index reads words ({@link WordQuery}): folded to one script and
 * vocabulary, so that 软件 finds a story written 軟體 in Taiwan, through the same index as the search
 * API.
 */
public record SearchTerms(String keyword, WordQuery words) {
  static final int MAX_LENGTH = WordQuery.MAX_LENGTH;

  /**
   * @throws IllegalArgumentException for an empty or overlong keyword
   */
  public static SearchTerms of(String raw, TextEngine text) {
    String keyword = normalise(raw);
    return new SearchTerms(keyword, WordQuery.of(keyword, text));
  }

  static String normalise(String raw) {
    String folded = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
    return folded.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}

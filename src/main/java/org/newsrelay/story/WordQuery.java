package org.newsrelay.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsrelay.text.TextEngine;

/**
 * A reader's words as the search index reads them ({@link CopyWords}): the feeds' {@code ?q=} and
 * the search API. Chinese is folded as stored copy is, but a query carries no language tag, so it
 * is read each way it could have been written (as typed, in Simplified glyphs, and folded as
 * mainland, Taiwan and Hong Kong copy): 半導體 and 半导体 find the same stories, and so do 軟體, 軟件 and 软件.
 * A story matches a reading when it has every word of it; it matches the query when it matches one
 * reading.
 *
 * @param typed the query as the reader typed it, stripped
 * @param readings each a list of distinct index words; empty when the query has no words at all
 */
public record WordQuery(String typed, List<List<String>> readings) {
  public static final int MAX_LENGTH = 100;

  /** Words per reading: a longer query is a paste of copy, not a search. */
  static final int MAX_WORDS = 16;

  public WordQuery {
    readings = readings.stream().map(List::copyOf).toList();
  }

  /**
   * @throws IllegalArgumentException for an empty or overlong query
   */
  public static WordQuery of(String raw, TextEngine text) {
    String typed = raw == null ? "" : raw.strip();
    if (typed.isEmpty() || typed.codePointCount(0, typed.length()) > MAX_LENGTH) {
      throw new IllegalArgumentException("a query has 1 to " + MAX_LENGTH + " characters");
    }
    Set<List<String>> readings = new LinkedHashSet<>();
    readings.add(words(Clustering.words(text, Language.EN, typed)));
    if (typed.codePoints().anyMatch(WordQuery::isHan)) {
      String simplified = text.convert(typed, Language.ZH_HANT.tag(), Language.ZH_HANS.tag());
      readings.add(words(Clustering.words(text, Language.EN, simplified)));
      for (Language variant : Renditions.CHINESE) {
        readings.add(words(Clustering.words(text, variant, typed)));
      }
    }
    readings.removeIf(List::isEmpty);
    return new WordQuery(typed, new ArrayList<>(readings));
  }

  /** A query of punctuation alone has no words and matches nothing. */
  public boolean isEmpty() {
    return readings.isEmpty();
  }

  /** The query in PostgreSQL's tsquery syntax, each word a quoted lexeme taken as it is. */
  String tsquery() {
    List<String> alternatives = new ArrayList<>();
    for (List<String> reading : readings) {
      List<String> lexemes = new ArrayList<>();
      for (String word : reading) {
        lexemes.add("'" + word.replace("\\", "\\\\").replace("'", "''") + "'");
      }
      alternatives.add("(" + String.join(" & ", lexemes) + ")");
    }
    return String.join(" | ", alternatives);
  }

  /** A LIKE pattern (escape {@code !}) for one word among the index's words, padded with spaces. */
  static String likePattern(String word) {
    return "% " + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + " %";
  }

  private static List<String> words(List<String> segmented) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : segmented) {
      for (String token : CopyWords.tokens(word)) {
        if (words.size() < MAX_WORDS) {
          words.add(token);
        }
      }
    }
    return List.copyOf(words);
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}

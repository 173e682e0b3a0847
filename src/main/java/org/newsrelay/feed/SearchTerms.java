package org.newsrelay.feed;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;

/**
 * A reader's ?q= keyword, normalised the way stored copy is (NFKC, case folded, spaces collapsed)
 * and spelled in every Chinese variant, so that 软件 finds a story written 軟體 in Taiwan.
 */
public record SearchTerms(String keyword, List<String> spellings) {
  static final int MAX_LENGTH = 100;

  /**
   * @throws IllegalArgumentException for an empty or overlong keyword
   */
  public static SearchTerms of(String raw, Language feedLanguage, TextEngine text) {
    String keyword = normalise(raw);
    if (keyword.isEmpty() || keyword.codePointCount(0, keyword.length()) > MAX_LENGTH) {
      throw new IllegalArgumentException("q must have 1 to " + MAX_LENGTH + " characters");
    }
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(keyword);
    if (feedLanguage.isChinese() && keyword.codePoints().anyMatch(SearchTerms::isHan)) {
      String simplified = text.convert(keyword, null, Language.ZH_HANS.tag());
      spellings.add(simplified);
      for (Language variant : Language.values()) {
        if (variant.isChinese()) {
          spellings.add(normalise(text.convert(keyword, null, variant.tag())));
          spellings.add(normalise(text.convert(simplified, Language.ZH_HANS.tag(), variant.tag())));
        }
      }
    }
    return new SearchTerms(keyword, List.copyOf(spellings));
  }

  static String normalise(String raw) {
    String folded = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
    return folded.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A LIKE pattern matching the spelling anywhere, with '!' as the escape character. */
  static String likePattern(String spelling) {
    return "%" + spelling.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}

package org.newsrelay.topic;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;

/**
 * Brings a story's text and a rule's words to one form before they are compared: Chinese in
 * Simplified script and mainland vocabulary, compatibility forms and case folded, cut into words.
 * Text whose regional vocabulary is unknown is folded once per plausible region, so that a rule
 * written as 芯片 finds a Taiwan story that says 晶片 and a Hong Kong one that says 芯片.
 */
final class ScriptFolding {
  private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final String HANS = Language.ZH_HANS.tag();

  private final TextEngine text;

  ScriptFolding(TextEngine text) {
    this.text = text;
  }

  /** The words of a story's copy, once per reading of its script. */
  List<List<String>> story(String copy, Language language) {
    Set<List<String>> readings = new LinkedHashSet<>();
    if (!language.isChinese()) {
      readings.add(words(copy));
      return List.copyOf(readings);
    }
    readings.add(words(text.convert(copy, language.tag(), HANS)));
    if (language != Language.ZH_HANS && language != Language.ZH_HANT_TW) {
      // zh-Hant declares no region, and Hong Kong copy borrows Taiwan words: read both ways.
      readings.add(words(text.convert(copy, Language.ZH_HANT_TW.tag(), HANS)));
    }
    return List.copyOf(readings);
  }

  /**
   * The word sequences a rule phrase stands for. A phrase carries no language tag and is too short
   * to detect a region from, so every reading is kept: 晶片 stands for 晶片 and, read as Taiwan's word,
   * for 芯片.
   */
  List<List<String>> phrase(String phrase) {
    Set<List<String>> readings = new LinkedHashSet<>();
    readings.add(words(phrase));
    for (Language from : List.of(Language.ZH_HANT, Language.ZH_HANT_TW, Language.ZH_HANT_HK)) {
      readings.add(words(text.convert(phrase, from.tag(), HANS)));
    }
    readings.removeIf(List::isEmpty);
    return List.copyOf(readings);
  }

  private List<String> words(String copy) {
    String folded = FOLD.normalize(copy == null ? "" : copy);
    List<String> words = new ArrayList<>();
    for (String word : text.words(folded)) {
      if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words.add(word);
      }
    }
    return words;
  }
}

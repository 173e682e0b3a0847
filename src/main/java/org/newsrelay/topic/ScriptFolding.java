package org.newsrelay.topic;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;

/**
 * Brings a story's text and a rule's words to one form before they are compared: the text engine's
 * fold (Chinese in Simplified script and mainland vocabulary, whichever region wrote it; the same
 * fold near-duplicate fingerprints use), compatibility forms and case folded, cut into words. A
 * rule written as 芯片 finds a Taiwan story that says 晶片 and a Hong Kong one that says 芯片.
 */
final class ScriptFolding {
  private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

  private final TextEngine text;

  ScriptFolding(TextEngine text) {
    this.text = text;
  }

  /** The words of a story's copy, once per reading of its script. */
  List<List<String>> story(String copy, Language language) {
    if (!language.isChinese()) {
      return List.of(words(copy));
    }
    return List.of(words(text.fold(copy, language.tag())));
  }

  /**
   * The word sequences a rule phrase stands for: as written, in Simplified script with its words
   * kept (a mainland writer may write 计程车 too), and folded as Traditional copy of any region (a
   * phrase carries no language tag and is too short to detect a region from), so 晶片 stands for 晶片
   * and, read as Taiwan's word, for 芯片.
   */
  List<List<String>> phrase(String phrase) {
    Set<List<String>> readings = new LinkedHashSet<>();
    readings.add(words(phrase));
    readings.add(words(text.convert(phrase, Language.ZH_HANT.tag(), Language.ZH_HANS.tag())));
    readings.add(words(text.fold(phrase, Language.ZH_HANT.tag())));
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

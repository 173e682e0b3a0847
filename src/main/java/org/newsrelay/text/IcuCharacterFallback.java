package org.newsrelay.text;

import com.ibm.icu.text.Transliterator;

/**
 * ICU's Simplified-Traditional transliteration, asked one character at a time and only about
 * characters OpenCC never mentions (in a character table, as a key or a value, or in a phrase):
 * OpenCC wins wherever it has an opinion, and ICU's variant preferences (坂 → 阪, 着 → 著) never
 * override it. ICU's answer is taken only when ICU maps it back to the same character, i.e. when
 * ICU itself holds the character to be a Simplified form (岙 → 嶴) rather than one of two Traditional
 * variants.
 *
 * <p>ICU is started on the first character that needs it (about 200 ms of CPU, paid by the first
 * conversion that meets such a rare character, not by loading the tables); each answer is cached.
 * The flags are filled while the tables are built, before any conversion reads them.
 */
final class IcuCharacterFallback implements ConversionChain.CharacterFallback {
  private static final String NONE = "";

  private final boolean[] knownToOpenCc;
  private final String[] answers = new String[Character.MAX_VALUE + 1];
  private Transliterator toTraditional;
  private Transliterator toSimplified;

  IcuCharacterFallback(boolean[] knownToOpenCc) {
    this.knownToOpenCc = knownToOpenCc;
  }

  @Override
  public String convert(char c) {
    if (knownToOpenCc[c] || c < '\u3400') {
      return null;
    }
    // A benign race: answers are immutable strings, at worst computed twice.
    String answer = answers[c];
    if (answer == null) {
      answer = ask(c);
      answers[c] = answer;
    }
    return answer.isEmpty() ? null : answer;
  }

  private synchronized String ask(char c) {
    if (!Character.isIdeographic(c)) {
      return NONE;
    }
    if (toTraditional == null) {
      toTraditional = Transliterator.getInstance("Simplified-Traditional");
      toSimplified = Transliterator.getInstance("Traditional-Simplified");
    }
    String original = String.valueOf(c);
    String traditional = toTraditional.transliterate(original);
    boolean simplifiedForm =
        !traditional.equals(original) && toSimplified.transliterate(traditional).equals(original);
    return simplifiedForm ? traditional : NONE;
  }
}

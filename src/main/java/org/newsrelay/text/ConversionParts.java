package org.newsrelay.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.newsrelay.text.ConversionChain.Step;

/**
 * The tables the conversion chains are made of, each read or derived once, on first use: OpenCC's
 * files under {@code opencc/data/dictionary/} (fetched by the build from the npm package the OpenCC
 * project publishes) and the newsroom's under {@code translations/terms/}, ours winning where both
 * have a key. {@link ConversionTables} says which chain uses which; {@link RegionalWords} holds the
 * regional vocabulary.
 */
final class ConversionParts {
  static final String OPENCC = "opencc/data/dictionary/";
  static final String TERMS = "translations/terms/";

  private final Map<String, Object> parts = new HashMap<>();
  private final PhraseTrie stCharacters;
  private final PhraseTrie tsCharacters;
  private final boolean[] known;

  /**
   * @param known characters OpenCC mentions; the phrase tables mark theirs as they are read, so
   *     that ICU's fallback is not asked about them
   */
  ConversionParts(PhraseTrie stCharacters, PhraseTrie tsCharacters, boolean[] known) {
    this.stCharacters = stCharacters;
    this.tsCharacters = tsCharacters;
    this.known = known;
  }

  PhraseTrie stCharacters() {
    return stCharacters;
  }

  PhraseTrie tsCharacters() {
    return tsCharacters;
  }

  /**
   * Simplified phrases, which also segment Simplified text: ours first (they win), then OpenCC's
   * STPhrases, then the Simplified spellings of the regional tables' keys, as OpenCC generates them
   * (STPhrases_GeneratedFromRegionalPhrases) so that a regional word is not split before the
   * regional step sees it.
   */
  PhraseTrie s2tPhrases() {
    return part(
        "s2tPhrases",
        () -> {
          PhraseTrie phrases = new PhraseTrie();
          s2tCorrections().forEach(phrases::put);
          // Streamed straight into the table: STPhrases is by far the largest file.
          DictionaryFile.read(OPENCC + "STPhrases.txt")
              .forEachCandidate(
                  (key, candidates) -> {
                    phrases.putIfAbsent(key, candidates[0]);
                    // A character in OpenCC's phrases but not in STCharacters is one OpenCC
                    // leaves as it is; ICU's per-character fallback is not asked about it.
                    markKnown(key);
                  });
          Step packageS2t = new Step(phrases, stCharacters);
          Step t2s = new Step(trie("TSPhrases.txt"), tsCharacters);
          for (String regional : new String[] {"TWPhrases.txt", "HKPhrases.txt"}) {
            table(regional)
                .keySet()
                .forEach(
                    key -> {
                      String simplified = convert(t2s, key);
                      // OpenCC's rule: shorter keys would split longer Simplified words.
                      if (simplified.length() >= 3) {
                        phrases.putIfAbsent(simplified, key);
                      }
                    });
          }
          for (String ours : new String[] {"tw-vocabulary.tsv", "hk-vocabulary.tsv"}) {
            DictionaryFile.load(TERMS + ours)
                .keySet()
                .forEach(key -> phrases.putIfAbsent(key, convert(packageS2t, key)));
          }
          return phrases;
        });
  }

  /**
   * The newsroom's Simplified-to-Traditional corrections, kept whole when segmenting. Written with
   * Taiwan glyphs; taken back to OpenCC's standard ones here, as the chain's last step adds each
   * target's own.
   */
  PhraseTrie s2tCorrections() {
    return part(
        "s2tCorrections",
        () -> {
          PhraseTrie corrections = new PhraseTrie();
          Step taiwanToStandardGlyphs = taiwanGlyphsBack();
          DictionaryFile.load(TERMS + "s2t-corrections.tsv")
              .forEach((k, v) -> corrections.put(k, convert(taiwanToStandardGlyphs, v)));
          return corrections;
        });
  }

  /** Corrections of a phrase are kept whole; one of a single character is only its default. */
  PhraseTrie wholePhrases(String name, PhraseTrie corrections) {
    return part(
        "whole:" + name,
        () -> {
          PhraseTrie phrases = new PhraseTrie();
          corrections.forEach(
              (k, v) -> {
                if (k.length() > 1) {
                  phrases.put(k, v);
                }
              });
          return phrases;
        });
  }

  /** The newsroom's Traditional-to-Simplified corrections, kept whole when segmenting. */
  PhraseTrie t2sCorrections() {
    return part(
        "t2sCorrections", () -> new PhraseTrie(DictionaryFile.load(TERMS + "t2s-corrections.tsv")));
  }

  /** TSPhrases, with our Traditional-to-Simplified corrections winning. */
  PhraseTrie t2sPhrases() {
    return part(
        "t2sPhrases",
        () -> {
          PhraseTrie phrases = new PhraseTrie();
          t2sCorrections().forEach(phrases::put);
          table("TSPhrases.txt").forEach(phrases::putIfAbsent);
          return phrases;
        });
  }

  /** Taiwan's glyphs back to OpenCC's standard ones (tw2t), with no change of words. */
  Step taiwanGlyphsBack() {
    return part(
        "step:tw-glyphs-back",
        () -> new Step(taiwanGlyphPhrasesBack(), reversed("TWVariants.txt")));
  }

  /** Hong Kong's glyphs back to OpenCC's standard ones (hk2t), with no change of words. */
  Step hongKongGlyphsBack() {
    return part(
        "step:hk-glyphs-back",
        () -> new Step(trie("HKVariantsRevPhrases.txt"), reversed("HKVariants.txt")));
  }

  /**
   * Where Taiwan's 著 stays 著 going back to standard glyphs (著名, 原著): ours, then OpenCC's
   * TWVariantsRevPhrases.
   */
  PhraseTrie taiwanGlyphPhrasesBack() {
    return part(
        "taiwanGlyphPhrasesBack",
        () -> {
          PhraseTrie phrases = new PhraseTrie();
          DictionaryFile.load(TERMS + "tw-variants-rev-phrases.tsv").forEach(phrases::put);
          table("TWVariantsRevPhrases.txt").forEach(phrases::putIfAbsent);
          return phrases;
        });
  }

  PhraseTrie compatibility() {
    return trie("CJK_Compatibility_Ideographs.txt");
  }

  Surnames surnames() {
    return part(
        "surnames",
        () ->
            new Surnames(
                DictionaryFile.loadCandidates(TERMS + "surnames.tsv"),
                TERMS + "titles.txt",
                TERMS + "roles.txt"));
  }

  /** One of OpenCC's tables, default candidates only. */
  PhraseTrie trie(String name) {
    return part(name, () -> new PhraseTrie(table(name)));
  }

  /** One of OpenCC's tables as read, each file read once. */
  Map<String, String> table(String name) {
    return part("file:" + name, () -> DictionaryFile.load(OPENCC + name));
  }

  /** One of OpenCC's generated reverse tables (TWVariantsRev, HKVariantsRev). */
  PhraseTrie reversed(String name) {
    return part("rev:" + name, () -> new PhraseTrie(DictionaryFile.read(OPENCC + name).reversed()));
  }

  private void markKnown(String word) {
    for (int i = 0; i < word.length(); i++) {
      known[word.charAt(i)] = true;
    }
  }

  static String convert(Step step, String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    step.apply(text, 0, text.length(), out);
    return out.toString();
  }

  /** Builds a part once; reentrant, as a part is often built from others. */
  @SuppressWarnings("unchecked")
  <T> T part(String name, Supplier<T> build) {
    synchronized (this) {
      Object built = parts.get(name);
      if (built == null) {
        built = build.get();
        parts.put(name, built);
      }
      return (T) built;
    }
  }
}

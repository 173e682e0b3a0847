package org.newsrelay.text;

import static org.newsrelay.text.ChineseVariant.HONG_KONG;
import static org.newsrelay.text.ChineseVariant.SIMPLIFIED;
import static org.newsrelay.text.ChineseVariant.TAIWAN;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.newsrelay.text.ConversionChain.Step;

/**
 * Every conversion direction, assembled the way OpenCC's own configurations chain its dictionaries
 * (the files under {@code opencc/data/}, fetched by the build from the npm package the OpenCC
 * project publishes), with the newsroom's tables in {@code translations/terms/} winning over the
 * package's where both have a key.
 *
 * <p>Every direction is "to OpenCC's standard Traditional, then to the target":
 *
 * <ul>
 *   <li>from zh-Hans: STPhrases (with the phrases OpenCC generates from its regional tables, and
 *       ours) or STCharacters, segmented by the same phrases (OpenCC's s2t step);
 *   <li>from zh-Hant: Taiwan glyphs back to standard (tw2t: TWVariantsRevPhrases, TWVariantsRev),
 *       skipped when the text is written in OpenCC's standard glyphs already (爲, 着, 裏);
 *   <li>from zh-Hant-TW: Taiwan words back (our table, TWPhrasesRev), then tw2t;
 *   <li>from zh-Hant-HK: Hong Kong words back (our table), then hk2t (HKVariantsRevPhrases,
 *       HKVariantsRev);
 *   <li>to zh-Hans: TSPhrases or TSCharacters, the text segmented by TSPhrases (t2s, tw2s, tw2sp,
 *       hk2s);
 *   <li>to zh-Hant: Taiwan glyphs (TWVariantsPhrases, TWVariants), as s2tw;
 *   <li>to zh-Hant-TW: Taiwan words (ours, TWPhrases), then Taiwan glyphs, as s2twp;
 *   <li>to zh-Hant-HK: Hong Kong words (ours), then Hong Kong glyphs (HKVariantsPhrases,
 *       HKVariants), as s2hk with our vocabulary.
 * </ul>
 *
 * <p>Each direction's chain is built on first use and then shared; every table is read once.
 */
final class ConversionTables {
  static final String OPENCC = "opencc/data/dictionary/";
  static final String TERMS = "translations/terms/";

  private final boolean[] simplifiedOnly = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] traditionalOnly = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] standardOnlyGlyph = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] taiwanOnlyGlyph = new boolean[Character.MAX_VALUE + 1];
  private final PhraseTrie stCharacters;
  private final PhraseTrie tsCharacters;
  private final PhraseTrie tsCharactersExt = new PhraseTrie();
  private final IcuCharacterFallback icu;

  /** Characters OpenCC mentions anywhere: ICU is asked only about the others. */
  private final boolean[] known = new boolean[Character.MAX_VALUE + 1];

  private final Map<String, Object> parts = new HashMap<>();
  private final AtomicReferenceArray<ConversionChain> chains =
      new AtomicReferenceArray<>(5 * 5 * 2);

  ConversionTables() {
    boolean[] simplifiedForm = new boolean[Character.MAX_VALUE + 1];
    boolean[] traditionalForm = new boolean[Character.MAX_VALUE + 1];
    stCharacters = characters("STCharacters.txt", simplifiedOnly, traditionalForm, null);
    tsCharacters = characters("TSCharacters.txt", traditionalOnly, simplifiedForm, tsCharactersExt);
    for (String regional : new String[] {"TWVariants.txt", "HKVariants.txt"}) {
      boolean taiwan = regional.startsWith("TW");
      DictionaryFile.read(OPENCC + regional)
          .forEachCandidate(
              (standard, forms) -> {
                for (String form : forms) {
                  if (form.length() == 1) {
                    traditionalForm[form.charAt(0)] = true;
                  }
                }
                if (standard.length() == 1) {
                  known[standard.charAt(0)] = true;
                }
                if (taiwan && standard.length() == 1 && !standard.equals(forms[0])) {
                  standardOnlyGlyph[standard.charAt(0)] = true;
                  taiwanOnlyGlyph[forms[0].charAt(0)] = true;
                }
              });
    }
    // A character one table converts may still be written in the other script: 坏 is 壞 in
    // Simplified but also a Traditional character (坏布, Simplified 坯布); 群 is Taiwan's 羣.
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      known[c] |=
          simplifiedForm[c] || traditionalForm[c] || simplifiedOnly[c] || traditionalOnly[c];
      known[c] |= stCharacters.startsAny((char) c) || tsCharacters.startsAny((char) c);
      simplifiedOnly[c] &=
          !traditionalForm[c] && tsCharacters.get(String.valueOf((char) c)) == null;
      traditionalOnly[c] &=
          !simplifiedForm[c] && stCharacters.get(String.valueOf((char) c)) == null;
    }
    icu = new IcuCharacterFallback(known);
  }

  boolean isSimplifiedOnly(char c) {
    return simplifiedOnly[c];
  }

  boolean isTraditionalOnly(char c) {
    return traditionalOnly[c];
  }

  /**
   * Whether a Traditional text is written in OpenCC's standard glyphs (爲, 着, 裏, 衆) rather than
   * Taiwan's (為, 著, 裡, 眾): then 著 is zhu, as in 著作, and must not be read as Taiwan's zhe.
   */
  boolean usesStandardGlyphs(CharSequence text) {
    boolean standard = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (taiwanOnlyGlyph[c]) {
        return false;
      }
      standard |= standardOnlyGlyph[c];
    }
    return standard;
  }

  /** The chain for one direction; built on first use, then shared. */
  ConversionChain chain(ChineseVariant from, ChineseVariant to, boolean standardGlyphs) {
    int slot = (from.ordinal() * 5 + to.ordinal()) * 2 + (standardGlyphs ? 1 : 0);
    ConversionChain chain = chains.get(slot);
    if (chain == null) {
      synchronized (this) {
        chain = chains.get(slot);
        if (chain == null) {
          chain = build(from, to, standardGlyphs);
          chains.set(slot, chain);
        }
      }
    }
    return chain;
  }

  private ConversionChain build(ChineseVariant from, ChineseVariant to, boolean standardGlyphs) {
    if (from == SIMPLIFIED) {
      return new ConversionChain(
          compatibility(),
          s2tPhrases(),
          wholePhrases("s2t", s2tCorrections()),
          surnames(),
          s2tStep(),
          fromStandard(to));
    }
    if (to == SIMPLIFIED) {
      return new ConversionChain(
          compatibility(),
          t2sPhrases(),
          wholePhrases("t2s", t2sCorrections()),
          null,
          toStandard(from, standardGlyphs),
          t2sStep());
    }
    return new ConversionChain(
        compatibility(), null, null, null, toStandard(from, standardGlyphs), fromStandard(to));
  }

  // ---- steps ----------------------------------------------------------------------------------

  private Step s2tStep() {
    return part("step:s2t", () -> new Step(icu, s2tPhrases(), stCharacters));
  }

  private Step t2sStep() {
    // OpenCC's t2s with its TSCharactersExt: the rare Simplified forms of rare characters (殢 →
    // 𣨼), which OpenCC's command line leaves out unless asked but its own test cases expect.
    return part("step:t2s", () -> new Step(t2sPhrases(), tsCharactersExt, tsCharacters));
  }

  /** From OpenCC's standard Traditional to a target's words and glyphs. */
  private Step fromStandard(ChineseVariant to) {
    switch (to) {
      case TAIWAN:
        return part(
            "step:std2tw",
            () -> new Step(taiwanWords(), trie("TWVariantsPhrases.txt"), trie("TWVariants.txt")));
      case HONG_KONG:
        return part(
            "step:std2hk",
            () -> new Step(hongKongWords(), trie("HKVariantsPhrases.txt"), trie("HKVariants.txt")));
      default:
        return part(
            "step:std2hant", () -> new Step(trie("TWVariantsPhrases.txt"), trie("TWVariants.txt")));
    }
  }

  /** From a Traditional variant back to OpenCC's standard Traditional and mainland words. */
  private Step toStandard(ChineseVariant from, boolean standardGlyphs) {
    if (from == HONG_KONG) {
      return part(
          "step:hk2std",
          () ->
              new Step(
                  hongKongWordsBack(),
                  trie("HKVariantsRevPhrases.txt"),
                  reversed("HKVariants.txt")));
    }
    if (from == TAIWAN) {
      return standardGlyphs
          ? part("step:tw2std-words", () -> new Step(taiwanWordsBack()))
          : part(
              "step:tw2std",
              () ->
                  new Step(
                      taiwanWordsBack(), taiwanGlyphPhrasesBack(), reversed("TWVariants.txt")));
    }
    return standardGlyphs
        ? part("step:none", Step::new)
        : part(
            "step:hant2std", () -> new Step(taiwanGlyphPhrasesBack(), reversed("TWVariants.txt")));
  }

  // ---- tables ---------------------------------------------------------------------------------

  /**
   * Simplified phrases, which also segment Simplified text: ours first (they win), then OpenCC's
   * STPhrases, then the Simplified spellings of the regional tables' keys, as OpenCC generates them
   * (STPhrases_GeneratedFromRegionalPhrases) so that a regional word is not split before the
   * regional step sees it.
   */
  private PhraseTrie s2tPhrases() {
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
  private PhraseTrie s2tCorrections() {
    return part(
        "s2tCorrections",
        () -> {
          PhraseTrie corrections = new PhraseTrie();
          Step taiwanToStandardGlyphs = toStandard(ChineseVariant.TRADITIONAL, false);
          DictionaryFile.load(TERMS + "s2t-corrections.tsv")
              .forEach((k, v) -> corrections.put(k, convert(taiwanToStandardGlyphs, v)));
          return corrections;
        });
  }

  /** Corrections of a phrase are kept whole; one of a single character is only its default. */
  private PhraseTrie wholePhrases(String name, PhraseTrie corrections) {
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
  private PhraseTrie t2sCorrections() {
    return part(
        "t2sCorrections", () -> new PhraseTrie(DictionaryFile.load(TERMS + "t2s-corrections.tsv")));
  }

  /** TSPhrases, with our Traditional-to-Simplified corrections winning. */
  private PhraseTrie t2sPhrases() {
    return part(
        "t2sPhrases",
        () -> {
          PhraseTrie phrases = new PhraseTrie();
          t2sCorrections().forEach(phrases::put);
          table("TSPhrases.txt").forEach(phrases::putIfAbsent);
          return phrases;
        });
  }

  /**
   * Mainland words (in standard Traditional) to Taiwan's: ours, then OpenCC's TWPhrases. A Taiwan
   * word that contains its source (算法 → 演算法) maps to itself too, so converting twice equals
   * converting once.
   */
  private PhraseTrie taiwanWords() {
    return part("taiwanWords", () -> regionalWords("tw-vocabulary.tsv", "TWPhrases.txt"));
  }

  private PhraseTrie hongKongWords() {
    return part("hongKongWords", () -> regionalWords("hk-vocabulary.tsv", null));
  }

  private PhraseTrie regionalWords(String ours, String opencc) {
    PhraseTrie words = new PhraseTrie();
    Map<String, String> all = new LinkedHashMap<>();
    standardKeys(DictionaryFile.load(TERMS + ours)).forEach(all::putIfAbsent);
    if (opencc != null) {
      table(opencc).forEach(all::putIfAbsent);
    }
    all.forEach(words::put);
    all.forEach(
        (mainland, regional) -> {
          if (!regional.equals(mainland) && regional.contains(mainland)) {
            words.putIfAbsent(regional, regional);
          }
        });
    return words;
  }

  /** Taiwan words back to mainland ones (standard Traditional): ours, then TWPhrasesRev. */
  private PhraseTrie taiwanWordsBack() {
    return part(
        "taiwanWordsBack",
        () -> {
          PhraseTrie words = new PhraseTrie();
          wordsBack(DictionaryFile.load(TERMS + "tw-vocabulary.tsv")).forEach(words::put);
          table("TWPhrasesRev.txt").forEach(words::putIfAbsent);
          return words;
        });
  }

  private PhraseTrie hongKongWordsBack() {
    return part(
        "hongKongWordsBack",
        () -> new PhraseTrie(wordsBack(DictionaryFile.load(TERMS + "hk-vocabulary.tsv"))));
  }

  /** Our vocabulary tables are keyed by Simplified words; the regional step reads standard ones. */
  private Map<String, String> standardKeys(Map<String, String> bySimplified) {
    Step packageS2t = new Step(s2tPhrases(), stCharacters);
    Map<String, String> byStandard = new LinkedHashMap<>();
    bySimplified.forEach((k, v) -> byStandard.putIfAbsent(convert(packageS2t, k), v));
    return byStandard;
  }

  /**
   * Reverses one of our vocabulary tables: regional word → mainland word in standard Traditional.
   * Where several mainland words share a regional one (互联网, 互联网络 → 網際網路) the first listed wins,
   * unless a later one is just the regional word's own Simplified spelling.
   */
  private Map<String, String> wordsBack(Map<String, String> vocabulary) {
    Step packageS2t = new Step(s2tPhrases(), stCharacters);
    Step t2s = new Step(trie("TSPhrases.txt"), tsCharacters);
    Map<String, String> back = new LinkedHashMap<>();
    Map<String, Boolean> plain = new HashMap<>();
    vocabulary.forEach(
        (simplified, regional) -> {
          boolean isPlain = simplified.equals(convert(t2s, regional));
          if (!back.containsKey(regional) || isPlain && !plain.get(regional)) {
            back.put(regional, convert(packageS2t, simplified));
            plain.put(regional, isPlain);
          }
        });
    back.keySet().removeIf(regional -> back.get(regional).equals(regional));
    return back;
  }

  /**
   * Where Taiwan's 著 stays 著 going back to standard glyphs (著名, 原著): ours, then OpenCC's
   * TWVariantsRevPhrases.
   */
  private PhraseTrie taiwanGlyphPhrasesBack() {
    return part(
        "taiwanGlyphPhrasesBack",
        () -> {
          PhraseTrie phrases = new PhraseTrie();
          DictionaryFile.load(TERMS + "tw-variants-rev-phrases.tsv").forEach(phrases::put);
          table("TWVariantsRevPhrases.txt").forEach(phrases::putIfAbsent);
          return phrases;
        });
  }

  private PhraseTrie compatibility() {
    return trie("CJK_Compatibility_Ideographs.txt");
  }

  private Surnames surnames() {
    return part(
        "surnames",
        () ->
            new Surnames(
                DictionaryFile.loadCandidates(TERMS + "surnames.tsv"),
                TERMS + "titles.txt",
                TERMS + "roles.txt"));
  }

  /** One of OpenCC's tables, default candidates only. */
  private PhraseTrie trie(String name) {
    return part(name, () -> new PhraseTrie(table(name)));
  }

  /** One of OpenCC's tables as read, each file read once. */
  private Map<String, String> table(String name) {
    return part("file:" + name, () -> DictionaryFile.load(OPENCC + name));
  }

  /** One of OpenCC's generated reverse tables (TWVariantsRev, HKVariantsRev). */
  private PhraseTrie reversed(String name) {
    return part("rev:" + name, () -> new PhraseTrie(DictionaryFile.read(OPENCC + name).reversed()));
  }

  /**
   * A character table. Marks the keys that never convert to themselves as candidates for one script
   * only (发 → 發 髮, but not 干 → 幹 乾 干), and every value as a form of the other script.
   */
  private static PhraseTrie characters(
      String name, boolean[] oneScript, boolean[] otherScript, PhraseTrie rareForms) {
    PhraseTrie trie = new PhraseTrie();
    DictionaryFile file = DictionaryFile.read(OPENCC + name);
    if (rareForms != null) {
      file.tofuRiskExtension().forEach(rareForms::put);
    }
    file.forEachCandidate(
        (key, candidates) -> {
          trie.putIfAbsent(key, candidates[0]);
          boolean toItself = false;
          for (String candidate : candidates) {
            toItself |= candidate.equals(key);
            if (candidate.length() == 1) {
              otherScript[candidate.charAt(0)] = true;
            }
          }
          if (key.length() == 1 && !toItself) {
            oneScript[key.charAt(0)] = true;
          }
        });
    return trie;
  }

  private void markKnown(String word) {
    for (int i = 0; i < word.length(); i++) {
      known[word.charAt(i)] = true;
    }
  }

  private static String convert(Step step, String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    step.apply(text, 0, text.length(), out);
    return out.toString();
  }

  /** Builds a part once; called only under this object's lock (from {@link #chain}). */
  @SuppressWarnings("unchecked")
  private <T> T part(String name, Supplier<T> build) {
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

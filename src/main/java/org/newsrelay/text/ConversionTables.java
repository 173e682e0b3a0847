package org.newsrelay.text;

import static org.newsrelay.text.ChineseVariant.HONG_KONG;
import static org.newsrelay.text.ChineseVariant.SIMPLIFIED;
import static org.newsrelay.text.ChineseVariant.TAIWAN;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.newsrelay.text.ConversionChain.Step;

/**
 * Every conversion direction, assembled the way OpenCC's own configurations chain its dictionaries
 * (the tables are in {@link ConversionParts} and {@link RegionalWords}), the newsroom's tables
 * winning over the package's where both have a key.
 *
 * <ul>
 *   <li>from zh-Hans: STPhrases (with the phrases OpenCC generates from its regional tables, and
 *       ours) or STCharacters, segmented by the same phrases (OpenCC's s2t step), then the target's
 *       words and glyphs: Taiwan glyphs for zh-Hant (s2tw), Taiwan words and glyphs for zh-Hant-TW
 *       (s2twp), Hong Kong words and glyphs for zh-Hant-HK (s2hk with our vocabulary);
 *   <li>to zh-Hans: the source's regional words back to the mainland's (tw2sp, hk2s) and its glyphs
 *       to OpenCC's standard ones (tw2t, hk2t; skipped for text in OpenCC's standard glyphs 爲, 着,
 *       裏), then TSPhrases or TSCharacters, the text segmented by TSPhrases, Unihan's standard
 *       Simplified forms where OpenCC's tables have no say;
 *   <li>between the Traditional variants, the writer's words are kept: to zh-Hant, only glyphs
 *       change (tw2t or hk2t, then t2tw); to a region, from zh-Hant, mainland words become the
 *       region's, and from the other region its words go directly into this region's ({@link
 *       RegionalWords}), never through the mainland's.
 * </ul>
 *
 * <p>Each direction's chain is built on first use and then shared; every table is read once.
 */
final class ConversionTables {
  private final boolean[] simplifiedOnly = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] traditionalOnly = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] standardOnlyGlyph = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] taiwanOnlyGlyph = new boolean[Character.MAX_VALUE + 1];
  private final PhraseTrie stCharacters;
  private final PhraseTrie tsCharacters;
  private final PhraseTrie tsCharactersExt = new PhraseTrie();
  private final IcuCharacterFallback icu;
  private final ConversionParts parts;
  private final RegionalWords words;

  /** Characters OpenCC mentions anywhere: ICU is asked only about the others. */
  private final boolean[] known = new boolean[Character.MAX_VALUE + 1];

  /**
   * One slot per (from, to, standard glyphs), and one per glyph reading for the comparison fold.
   */
  private final AtomicReferenceArray<ConversionChain> chains =
      new AtomicReferenceArray<>(5 * 5 * 2 + 2);

  ConversionTables() {
    boolean[] simplifiedForm = new boolean[Character.MAX_VALUE + 1];
    boolean[] traditionalForm = new boolean[Character.MAX_VALUE + 1];
    stCharacters = characters("STCharacters.txt", simplifiedOnly, traditionalForm, null);
    tsCharacters = characters("TSCharacters.txt", traditionalOnly, simplifiedForm, tsCharactersExt);
    for (String regional : new String[] {"TWVariants.txt", "HKVariants.txt"}) {
      boolean taiwan = regional.startsWith("TW");
      DictionaryFile.read(ConversionParts.OPENCC + regional)
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
    parts = new ConversionParts(stCharacters, tsCharacters, known);
    words = new RegionalWords(parts);
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
    return chain(slot, () -> build(from, to, standardGlyphs));
  }

  /**
   * Traditional copy of any region to Simplified, Taiwan's and Hong Kong's words both taken back to
   * the mainland's: one form for comparing copy (topic rules, near-duplicates), never shown to a
   * reader. 晶片 and 芯片, 的士 and 計程車 and 出租车 fold alike.
   */
  ConversionChain foldChain(boolean standardGlyphs) {
    return chain(5 * 5 * 2 + (standardGlyphs ? 1 : 0), () -> buildFold(standardGlyphs));
  }

  private ConversionChain chain(int slot, java.util.function.Supplier<ConversionChain> build) {
    ConversionChain chain = chains.get(slot);
    if (chain == null) {
      synchronized (this) {
        chain = chains.get(slot);
        if (chain == null) {
          chain = build.get();
          chains.set(slot, chain);
        }
      }
    }
    return chain;
  }

  private ConversionChain build(ChineseVariant from, ChineseVariant to, boolean standardGlyphs) {
    if (from == SIMPLIFIED) {
      return new ConversionChain(
          parts.compatibility(),
          parts.s2tPhrases(),
          parts.wholePhrases("s2t", parts.s2tCorrections()),
          parts.surnames(),
          s2tStep(),
          fromStandard(to));
    }
    if (to == SIMPLIFIED) {
      return new ConversionChain(
          parts.compatibility(),
          parts.t2sPhrases(),
          parts.wholePhrases("t2s", parts.t2sCorrections()),
          null,
          toStandard(from, standardGlyphs),
          t2sStep());
    }
    Step glyphsBack = glyphsBack(from, standardGlyphs);
    Step target = fromTraditional(from, to);
    return glyphsBack == null
        ? new ConversionChain(parts.compatibility(), null, null, null, target)
        : new ConversionChain(parts.compatibility(), null, null, null, glyphsBack, target);
  }

  private ConversionChain buildFold(boolean standardGlyphs) {
    Step words =
        new Step(
            this.words.taiwanBack(),
            this.words.hongKongBack(),
            parts.taiwanGlyphPhrasesBack(),
            parts.reversed("TWVariants.txt"));
    Step standardWords = new Step(this.words.taiwanBack(), this.words.hongKongBack());
    return new ConversionChain(
        parts.compatibility(),
        parts.t2sPhrases(),
        parts.wholePhrases("t2s", parts.t2sCorrections()),
        null,
        standardGlyphs ? standardWords : words,
        parts.hongKongGlyphsBack(),
        t2sStep());
  }

  // ---- steps ----------------------------------------------------------------------------------

  private Step s2tStep() {
    return parts.part("step:s2t", () -> new Step(icu, parts.s2tPhrases(), stCharacters));
  }

  private Step t2sStep() {
    // OpenCC's t2s with its TSCharactersExt: the rare Simplified forms of rare characters (殢 →
    // 𣨼), which OpenCC's command line leaves out unless asked but its own test cases expect. A
    // character none of these tables has a say on gets Unihan's standard Simplified form.
    return parts.part(
        "step:t2s", () -> new Step(unihan(), parts.t2sPhrases(), tsCharactersExt, tsCharacters));
  }

  /** Unihan's part of the t2s step (for tests). */
  UnihanSimplification unihan() {
    return parts.part(
        "unihan",
        () ->
            new UnihanSimplification(
                openCcSaysOnSimplification(),
                tsCharacters::get,
                parts.table("JPShinjitaiCharacters.txt")));
  }

  /**
   * The characters OpenCC's Traditional-to-Simplified tables decide: TSCharacters' keys (with its
   * extension), every Simplified form they or TSPhrases give, and STCharacters' keys, which are
   * Simplified. A character only in a phrase's key is decided only within that phrase, and the step
   * tries the phrase first.
   */
  private boolean[] openCcSaysOnSimplification() {
    boolean[] says = new boolean[Character.MAX_VALUE + 1];
    java.util.function.BiConsumer<String, String> mark =
        (k, v) -> {
          if (k.length() == 1) {
            says[k.charAt(0)] = true;
          }
          v.chars().forEach(c -> says[c] = true);
        };
    tsCharacters.forEach(mark);
    tsCharactersExt.forEach(mark);
    parts.t2sPhrases().forEach((k, v) -> v.chars().forEach(c -> says[c] = true));
    stCharacters.forEach((k, v) -> k.chars().forEach(c -> says[c] = true));
    return says;
  }

  /** From OpenCC's standard Traditional to a target's words and glyphs. */
  private Step fromStandard(ChineseVariant to) {
    switch (to) {
      case TAIWAN:
        return parts.part(
            "step:std2tw",
            () ->
                new Step(
                    words.taiwan(),
                    parts.trie("TWVariantsPhrases.txt"),
                    parts.trie("TWVariants.txt")));
      case HONG_KONG:
        return parts.part(
            "step:std2hk",
            () ->
                new Step(
                    words.hongKong(),
                    parts.trie("HKVariantsPhrases.txt"),
                    parts.trie("HKVariants.txt")));
      default:
        return taiwanGlyphs();
    }
  }

  /** Standard glyphs to Taiwan's, words untouched (t2tw): what zh-Hant is. */
  private Step taiwanGlyphs() {
    return parts.part(
        "step:std2hant",
        () -> new Step(parts.trie("TWVariantsPhrases.txt"), parts.trie("TWVariants.txt")));
  }

  /**
   * From a Traditional source (in standard glyphs by now) to another Traditional target: the
   * writer's words stay (zh-Hant), or the other region's words go straight into the target's.
   */
  private Step fromTraditional(ChineseVariant from, ChineseVariant to) {
    if (to == TAIWAN && from == HONG_KONG) {
      return parts.part(
          "step:hk2tw",
          () ->
              new Step(
                  words.hongKongToTaiwan(),
                  words.taiwan(),
                  parts.trie("TWVariantsPhrases.txt"),
                  parts.trie("TWVariants.txt")));
    }
    if (to == HONG_KONG && from == TAIWAN) {
      return parts.part(
          "step:tw2hk",
          () ->
              new Step(
                  words.taiwanToHongKong(),
                  words.hongKong(),
                  parts.trie("HKVariantsPhrases.txt"),
                  parts.trie("HKVariants.txt")));
    }
    return fromStandard(to);
  }

  /** A Traditional variant's glyphs back to OpenCC's standard ones, words untouched, or null. */
  private Step glyphsBack(ChineseVariant from, boolean standardGlyphs) {
    if (from == HONG_KONG) {
      return parts.hongKongGlyphsBack();
    }
    return standardGlyphs ? null : parts.taiwanGlyphsBack();
  }

  /** From a Traditional variant back to OpenCC's standard Traditional and mainland words. */
  private Step toStandard(ChineseVariant from, boolean standardGlyphs) {
    if (from == HONG_KONG) {
      return parts.part(
          "step:hk2std",
          () ->
              new Step(
                  words.hongKongBack(),
                  parts.trie("HKVariantsRevPhrases.txt"),
                  parts.reversed("HKVariants.txt")));
    }
    if (from == TAIWAN) {
      return standardGlyphs
          ? parts.part("step:tw2std-words", () -> new Step(words.taiwanBack()))
          : parts.part(
              "step:tw2std",
              () ->
                  new Step(
                      words.taiwanBack(),
                      parts.taiwanGlyphPhrasesBack(),
                      parts.reversed("TWVariants.txt")));
    }
    return standardGlyphs ? parts.part("step:none", Step::new) : parts.taiwanGlyphsBack();
  }

  // ---- tables ---------------------------------------------------------------------------------

  /**
   * A character table. Marks the keys that never convert to themselves as candidates for one script
   * only (发 → 發 髮, but not 干 → 幹 乾 干), and every value as a form of the other script.
   */
  private static PhraseTrie characters(
      String name, boolean[] oneScript, boolean[] otherScript, PhraseTrie rareForms) {
    PhraseTrie trie = new PhraseTrie();
    DictionaryFile file = DictionaryFile.read(ConversionParts.OPENCC + name);
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
}

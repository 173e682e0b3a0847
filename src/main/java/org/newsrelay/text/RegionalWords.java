package org.newsrelay.text;

import static org.newsrelay.text.ConversionParts.TERMS;
import static org.newsrelay.text.ConversionParts.convert;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsrelay.text.ConversionChain.Step;

/**
 * The regional vocabulary: which word Taiwan's press and Hong Kong's write for a mainland one, from
 * the newsroom's tables ({@code tw-vocabulary.tsv}, {@code hk-vocabulary.tsv}, which win) and
 * OpenCC's TWPhrases. Every table here is keyed in OpenCC's standard Traditional glyphs, the form
 * the chains' word steps read.
 *
 * <p>Between the two regions the words go directly, never through the mainland's: a Taiwan word
 * becomes Hong Kong's only where both tables name the same mainland word (軟體 → 軟件, 計程車 → 的士), and
 * otherwise stays as the writer wrote it (晶片 stays 晶片, as Hong Kong's press also writes it), so
 * that zh-Hant-TW ⇄ zh-Hant-HK never introduces a word neither region uses.
 */
final class RegionalWords {
  private final ConversionParts parts;

  RegionalWords(ConversionParts parts) {
    this.parts = parts;
  }

  /**
   * Mainland words (in standard Traditional) to Taiwan's: ours, then OpenCC's TWPhrases. A Taiwan
   * word that contains its source (算法 → 演算法) maps to itself too, so converting twice equals
   * converting once.
   */
  PhraseTrie taiwan() {
    return parts.part("taiwanWords", () -> idempotent(taiwanByMainland()));
  }

  /** Mainland words (in standard Traditional) to Hong Kong's, in Hong Kong's glyphs: ours. */
  PhraseTrie hongKong() {
    return parts.part("hongKongWords", () -> idempotent(hongKongByMainland()));
  }

  /** Taiwan words back to mainland ones (standard Traditional): ours, then TWPhrasesRev. */
  PhraseTrie taiwanBack() {
    return parts.part(
        "taiwanWordsBack",
        () -> {
          PhraseTrie words = new PhraseTrie();
          wordsBack(DictionaryFile.load(TERMS + "tw-vocabulary.tsv")).forEach(words::put);
          parts.table("TWPhrasesRev.txt").forEach(words::putIfAbsent);
          return words;
        });
  }

  /** Hong Kong words back to mainland ones (standard Traditional): ours. */
  PhraseTrie hongKongBack() {
    return parts.part(
        "hongKongWordsBack",
        () -> new PhraseTrie(wordsBack(DictionaryFile.load(TERMS + "hk-vocabulary.tsv"))));
  }

  /**
   * Taiwan words (in standard glyphs) to Hong Kong's (in Hong Kong's glyphs), where the Hong Kong
   * table names a mainland word that Taiwan writes otherwise (軟件 ← 软件 → 軟體, 的士司機 ← 出租车司机 → 計程車司機).
   */
  PhraseTrie taiwanToHongKong() {
    return parts.part(
        "taiwanToHongKong",
        () -> {
          PhraseTrie words = new PhraseTrie();
          Step standardGlyphs = parts.taiwanGlyphsBack();
          Step inTaiwan = new Step(taiwan());
          hongKongByMainland()
              .forEach(
                  (mainland, hongKong) -> {
                    String ours = convert(inTaiwan, mainland);
                    if (!ours.equals(mainland) && !ours.equals(hongKong)) {
                      words.putIfAbsent(convert(standardGlyphs, ours), hongKong);
                    }
                  });
          return words;
        });
  }

  /**
   * Hong Kong words (in standard glyphs) to Taiwan's (in Taiwan's glyphs): the mainland word as
   * Taiwan writes it (的士 → 計程車), which is the mainland word itself where Taiwan's tables do not
   * replace it (雪糕 → 冰淇淋: Taiwan writes 冰淇淋 as the mainland does).
   */
  PhraseTrie hongKongToTaiwan() {
    return parts.part(
        "hongKongToTaiwan",
        () -> {
          PhraseTrie words = new PhraseTrie();
          Step standardGlyphs = parts.hongKongGlyphsBack();
          Step inTaiwan = new Step(taiwan());
          Step taiwanGlyphs =
              new Step(parts.trie("TWVariantsPhrases.txt"), parts.trie("TWVariants.txt"));
          hongKongByMainland()
              .forEach(
                  (mainland, hongKong) -> {
                    String key = convert(standardGlyphs, hongKong);
                    String ours = convert(taiwanGlyphs, convert(inTaiwan, mainland));
                    if (!ours.equals(convert(taiwanGlyphs, key))) {
                      words.putIfAbsent(key, ours);
                    }
                  });
          return words;
        });
  }

  /** Ours (Simplified keys taken to standard Traditional), then OpenCC's TWPhrases. */
  private Map<String, String> taiwanByMainland() {
    return parts.part(
        "map:taiwanWords",
        () -> {
          Map<String, String> all = new LinkedHashMap<>();
          standardKeys(DictionaryFile.load(TERMS + "tw-vocabulary.tsv")).forEach(all::putIfAbsent);
          parts.table("TWPhrases.txt").forEach(all::putIfAbsent);
          return all;
        });
  }

  private Map<String, String> hongKongByMainland() {
    return parts.part(
        "map:hongKongWords", () -> standardKeys(DictionaryFile.load(TERMS + "hk-vocabulary.tsv")));
  }

  private static PhraseTrie idempotent(Map<String, String> all) {
    PhraseTrie words = new PhraseTrie();
    all.forEach(words::put);
    all.forEach(
        (mainland, regional) -> {
          if (!regional.equals(mainland) && regional.contains(mainland)) {
            words.putIfAbsent(regional, regional);
          }
        });
    return words;
  }

  /** Our vocabulary tables are keyed by Simplified words; the regional step reads standard ones. */
  private Map<String, String> standardKeys(Map<String, String> bySimplified) {
    Step packageS2t = new Step(parts.s2tPhrases(), parts.stCharacters());
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
    Step packageS2t = new Step(parts.s2tPhrases(), parts.stCharacters());
    Step t2s = new Step(parts.trie("TSPhrases.txt"), parts.tsCharacters());
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
}

package org.newsrelay.text;

import static org.newsrelay.text.ChineseVariant.HONG_KONG;
import static org.newsrelay.text.ChineseVariant.SIMPLIFIED;
import static org.newsrelay.text.ChineseVariant.TAIWAN;
import static org.newsrelay.text.ChineseVariant.TRADITIONAL;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every conversion table the engine uses, read once from the classpath and compiled into one {@link
 * PhraseTrie} per direction, so that converting is a single longest-match pass.
 *
 * <p>Sources, lowest priority first: ICU's per-character Simplified-Traditional transliteration
 * (only for characters OpenCC does not know), OpenCC's dictionaries as packaged by opencc4j, and
 * the newsroom's own tables in {@code translations/terms/}, which win.
 *
 * <p>OpenCC's Traditional is its own "standard" glyph set (爲, 裏, 着); our zh-Hant is Taiwan's (為, 裡,
 * 著) and zh-Hant-HK is Hong Kong's, so every value is mapped to the target's glyphs when the tables
 * are built, not while converting.
 */
final class ConversionTables {
  private static final String PACKAGE = "data/dictionary/";
  private static final String TERMS = "translations/terms/";

  private final Map<String, String> stCharacters;
  private final Map<String, String> stPhrases;
  private final Map<String, String> tsCharacters;
  private final Map<String, String> tsPhrases;
  private final Map<String, String> twPhrases;
  private final Map<String, String> hkVariants;
  private final Map<String, String> hkVariantsRevPhrases;
  private final Map<String, String> ourS2t;
  private final Map<String, String> ourT2s;
  private final Map<String, String> ourTwVariants;
  private final Map<String, String> ourTwVariantsRevPhrases;
  private final Map<String, String> ourTwVocabulary;
  private final Map<String, String> ourHkVocabulary;

  private final PhraseTrie standardToTaiwan;
  private final PhraseTrie standardToHongKong;
  private final PhraseTrie taiwanToStandard;
  private final PhraseTrie hongKongToStandard;
  private final PhraseTrie traditionalToSimplifiedPlain;
  private final boolean[] simplifiedOnly = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] traditionalOnly = new boolean[Character.MAX_VALUE + 1];
  private final Surnames surnames;

  private final PhraseTrie[] tries = new PhraseTrie[25];

  ConversionTables() {
    Map<String, List<String>> stCandidates =
        DictionaryFile.loadCandidates(PACKAGE + "STCharacters.txt");
    Map<String, List<String>> tsCandidates =
        DictionaryFile.loadCandidates(PACKAGE + "TSCharacters.txt");
    stCharacters = DictionaryFile.firstCandidates(stCandidates);
    stPhrases = DictionaryFile.load(PACKAGE + "STPhrases.txt");
    tsCharacters = DictionaryFile.firstCandidates(tsCandidates);
    tsPhrases = DictionaryFile.load(PACKAGE + "TSPhrases.txt");
    twPhrases = DictionaryFile.load(PACKAGE + "TWPhrases.txt");
    hkVariants = DictionaryFile.load(PACKAGE + "HKVariants.txt");
    hkVariantsRevPhrases = DictionaryFile.load(PACKAGE + "HKVariantsRevPhrases.txt");
    ourS2t = DictionaryFile.load(TERMS + "s2t-corrections.tsv");
    ourT2s = DictionaryFile.load(TERMS + "t2s-corrections.tsv");
    ourTwVariants = DictionaryFile.load(TERMS + "tw-variants.tsv");
    ourTwVariantsRevPhrases = DictionaryFile.load(TERMS + "tw-variants-rev-phrases.tsv");
    ourTwVocabulary = DictionaryFile.load(TERMS + "tw-vocabulary.tsv");
    ourHkVocabulary = DictionaryFile.load(TERMS + "hk-vocabulary.tsv");
    surnames =
        new Surnames(DictionaryFile.loadCandidates(TERMS + "surnames.tsv"), TERMS + "titles.txt");

    standardToTaiwan = new PhraseTrie(ourTwVariants);
    standardToHongKong = new PhraseTrie(hkVariants);
    Map<String, String> tw2std = inverse(ourTwVariants);
    // 吃, 才, 群 are OpenCC glyphs too (才能 is not 纔能): only reverse what t2s itself would change.
    tw2std.keySet().removeIf(tw -> !tsCharacters.containsKey(tw));
    tw2std.putAll(ourTwVariantsRevPhrases);
    taiwanToStandard = new PhraseTrie(tw2std);
    Map<String, String> hk2std = inverse(hkVariants);
    hk2std.putAll(hkVariantsRevPhrases);
    hongKongToStandard = new PhraseTrie(hk2std);
    Map<String, String> plain = new HashMap<>(tsCharacters);
    plain.putAll(tsPhrases);
    traditionalToSimplifiedPlain = new PhraseTrie(plain);
    markOneScriptCharacters(stCandidates, simplifiedOnly);
    markOneScriptCharacters(tsCandidates, traditionalOnly);
  }

  Surnames surnames() {
    return surnames;
  }

  boolean isSimplifiedOnly(char c) {
    return simplifiedOnly[c];
  }

  boolean isTraditionalOnly(char c) {
    return traditionalOnly[c];
  }

  /** The compiled table for one direction; built on first use, then shared. */
  PhraseTrie trie(ChineseVariant from, ChineseVariant to) {
    int slot = from.ordinal() * 5 + to.ordinal();
    PhraseTrie trie = tries[slot];
    if (trie == null) {
      synchronized (this) {
        trie = tries[slot];
        if (trie == null) {
          trie = new PhraseTrie(build(from, to));
          tries[slot] = trie;
        }
      }
    }
    return trie;
  }

  private Map<String, String> build(ChineseVariant from, ChineseVariant to) {
    if (from == SIMPLIFIED) {
      return fromSimplified(to);
    }
    if (to == SIMPLIFIED) {
      return toSimplified(from);
    }
    return betweenTraditional(from, to);
  }

  private Map<String, String> fromSimplified(ChineseVariant to) {
    PhraseTrie glyphs = to == HONG_KONG ? standardToHongKong : standardToTaiwan;
    Map<String, String> m = new HashMap<>(64_000);
    icuFallback(m, glyphs);
    putConverted(m, stCharacters, glyphs);
    putConverted(m, stPhrases, glyphs);
    if (to == HONG_KONG) {
      // Our corrections are written with Taiwan glyphs; take them back to OpenCC's first.
      for (Map.Entry<String, String> e : ourS2t.entrySet()) {
        m.put(e.getKey(), glyphs.convert(taiwanToStandard.convert(e.getValue())));
      }
      m.putAll(ourHkVocabulary);
    } else {
      m.putAll(ourS2t);
      if (to == TAIWAN) {
        m.putAll(twPhrases);
        m.putAll(ourTwVocabulary);
        keepConvertedWords(m, twPhrases);
        keepConvertedWords(m, ourTwVocabulary);
      }
    }
    return m;
  }

  private Map<String, String> toSimplified(ChineseVariant from) {
    Map<String, String> m = new HashMap<>(16_000);
    m.putAll(tsCharacters);
    m.putAll(tsPhrases);
    List<Map.Entry<String, String>> standard = new ArrayList<>(m.entrySet());
    // Text in one regional glyph set also carries the other's and OpenCC's forms now and then:
    // accept them all, the source's own forms winning where two readings collide (TW 著 = 着).
    PhraseTrie preferred = from == HONG_KONG ? standardToHongKong : standardToTaiwan;
    PhraseTrie other = from == HONG_KONG ? standardToTaiwan : standardToHongKong;
    for (Map.Entry<String, String> e : standard) {
      m.putIfAbsent(other.convert(e.getKey()), e.getValue());
    }
    for (Map.Entry<String, String> e : standard) {
      m.put(preferred.convert(e.getKey()), e.getValue());
    }
    if (from != HONG_KONG) {
      // Characters OpenCC leaves alone in t2s but Taiwan writes differently (著 for 着).
      for (Map.Entry<String, String> e : ourTwVariants.entrySet()) {
        m.put(e.getValue(), traditionalToSimplifiedPlain.convert(e.getKey()));
      }
    }
    Map<String, String> revPhrases =
        from == HONG_KONG ? hkVariantsRevPhrases : ourTwVariantsRevPhrases;
    for (Map.Entry<String, String> e : revPhrases.entrySet()) {
      m.put(e.getKey(), traditionalToSimplifiedPlain.convert(e.getValue()));
    }
    if (from == TAIWAN) {
      m.putAll(reverseVocabulary(twPhrases));
      m.putAll(reverseVocabulary(ourTwVocabulary));
    } else if (from == HONG_KONG) {
      m.putAll(reverseVocabulary(ourHkVocabulary));
    }
    m.putAll(ourT2s);
    return m;
  }

  private Map<String, String> betweenTraditional(ChineseVariant from, ChineseVariant to) {
    Map<String, String> m = new HashMap<>();
    if (to == HONG_KONG) {
      for (Map.Entry<String, String> e : ourTwVariants.entrySet()) {
        m.put(e.getValue(), standardToHongKong.convert(e.getKey()));
        m.put(e.getKey(), standardToHongKong.convert(e.getKey()));
      }
      m.putAll(hkVariants);
      for (Map.Entry<String, String> e : ourTwVariantsRevPhrases.entrySet()) {
        m.put(e.getKey(), standardToHongKong.convert(e.getValue()));
      }
    } else {
      for (Map.Entry<String, String> e : hkVariants.entrySet()) {
        m.putIfAbsent(e.getValue(), standardToTaiwan.convert(e.getKey()));
        m.put(e.getKey(), standardToTaiwan.convert(e.getKey()));
      }
      m.putAll(ourTwVariants);
      for (Map.Entry<String, String> e : hkVariantsRevPhrases.entrySet()) {
        m.put(e.getKey(), standardToTaiwan.convert(e.getValue()));
      }
    }
    m.keySet().removeIf(k -> m.get(k).equals(k));
    PhraseTrie mainland = trie(SIMPLIFIED, to == HONG_KONG ? HONG_KONG : TRADITIONAL);
    if (from == TAIWAN) {
      // Taiwan's vocabulary back to the words the other variants use.
      for (Map.Entry<String, String> e : reverseVocabulary(twPhrases).entrySet()) {
        m.put(e.getKey(), mainland.convert(e.getValue()));
      }
      for (Map.Entry<String, String> e : reverseVocabulary(ourTwVocabulary).entrySet()) {
        m.put(e.getKey(), mainland.convert(e.getValue()));
      }
    }
    if (to == TAIWAN || to == HONG_KONG) {
      Map<String, String> vocabulary = new LinkedHashMap<>();
      if (to == TAIWAN) {
        vocabulary.putAll(twPhrases);
        vocabulary.putAll(ourTwVocabulary);
      } else {
        vocabulary.putAll(ourHkVocabulary);
      }
      PhraseTrie glyphs = trie(SIMPLIFIED, TRADITIONAL);
      for (Map.Entry<String, String> e : vocabulary.entrySet()) {
        String key = glyphs.convert(e.getKey());
        if (!key.equals(e.getValue())) {
          m.put(key, e.getValue());
          if (e.getValue().contains(key)) {
            m.put(e.getValue(), e.getValue());
          }
        }
      }
    }
    return m;
  }

  /**
   * Several mainland words can share one Taiwan word (互联网, 互联网络 → 網際網路). Going back, prefer the
   * word that is only the glyph change of the Taiwan one, then the first listed.
   */
  private Map<String, String> reverseVocabulary(Map<String, String> vocabulary) {
    Map<String, String> reversed = new HashMap<>();
    for (Map.Entry<String, String> e : vocabulary.entrySet()) {
      String regional = e.getValue();
      String mainland = e.getKey();
      String plain = traditionalToSimplifiedPlain.convert(taiwanToStandard.convert(regional));
      String chosen = reversed.get(regional);
      if (chosen == null || (mainland.equals(plain) && !chosen.equals(plain))) {
        reversed.put(regional, mainland);
      }
    }
    return reversed;
  }

  /**
   * Converting twice must equal converting once: a Taiwan word that contains its mainland source
   * (算法 → 演算法) is itself an entry mapping to itself, so a second pass leaves it alone.
   */
  private static void keepConvertedWords(Map<String, String> m, Map<String, String> vocabulary) {
    for (Map.Entry<String, String> e : vocabulary.entrySet()) {
      String regional = e.getValue();
      if (!regional.equals(e.getKey()) && regional.contains(e.getKey())) {
        m.put(regional, regional);
      }
    }
  }

  private static void putConverted(
      Map<String, String> target, Map<String, String> source, PhraseTrie glyphs) {
    for (Map.Entry<String, String> e : source.entrySet()) {
      target.put(e.getKey(), glyphs.convert(e.getValue()));
    }
  }

  /**
   * ICU knows a few rare characters OpenCC does not; it serves only as the per-character fallback,
   * never over a dictionary entry. Asked per character once, when the table is built.
   */
  private void icuFallback(Map<String, String> target, PhraseTrie glyphs) {
    Transliterator icu = Transliterator.getInstance("Simplified-Traditional");
    StringBuilder block = new StringBuilder();
    List<Character> asked = new ArrayList<>();
    for (char c = '\u3400'; c <= '\u9FFF'; c++) {
      if (c > '\u4DBF' && c < '\u4E00' || stCharacters.containsKey(String.valueOf(c))) {
        continue;
      }
      if (!Character.isIdeographic(c)) {
        continue;
      }
      block.append(c);
      asked.add(c);
    }
    String converted = icu.transliterate(block.toString());
    if (converted.length() != block.length()) {
      return; // ICU changed a length; character alignment is lost, so rely on OpenCC alone.
    }
    for (int i = 0; i < asked.size(); i++) {
      char c = asked.get(i);
      char t = converted.charAt(i);
      if (t != c && !isSurrogate(t)) {
        target.put(String.valueOf(c), glyphs.convert(String.valueOf(t)));
      }
    }
  }

  private static boolean isSurrogate(char c) {
    return Character.isSurrogate(c);
  }

  private static Map<String, String> inverse(Map<String, String> map) {
    Map<String, String> inverse = new HashMap<>();
    for (Map.Entry<String, String> e : map.entrySet()) {
      inverse.putIfAbsent(e.getValue(), e.getKey());
    }
    return inverse;
  }

  /** A character is one script's only if converting it never yields itself (发 → 發 髮). */
  private static void markOneScriptCharacters(
      Map<String, List<String>> characters, boolean[] marks) {
    for (Map.Entry<String, List<String>> e : characters.entrySet()) {
      String key = e.getKey();
      if (key.length() == 1 && !e.getValue().contains(key)) {
        marks[key.charAt(0)] = true;
      }
    }
  }
}

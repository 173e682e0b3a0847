package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Taiwan and Hong Kong copy keeps its own words (DESIGN.md: zh-Hant is Taiwan's glyph forms with no
 * change of vocabulary), on our own news sentences from both regions ({@code
 * zh-regional-news.tsv}).
 *
 * <p>"Only glyphs change" is checked character by character against OpenCC's own variant tables
 * (TWVariants, HKVariants), not against outputs written by hand. "Mainland-only" words are derived
 * from the vocabulary tables: a mainland word that both Taiwan's and Hong Kong's press write
 * otherwise (出租車: 計程車, 的士; U盤: 隨身碟, USB手指).
 */
class RegionalVocabularyTest {
  private static final TextEngine ENGINE = TextEngine.standard();
  private static final Map<Character, Character> GLYPH = glyphClasses();
  private static final Set<String> MAINLAND_ONLY = mainlandOnlyWords();

  record Sentence(String region, String text, List<String> words) {
    @Override
    public String toString() {
      return region + " " + text;
    }
  }

  static Stream<Sentence> sentences() throws IOException {
    List<Sentence> all = new ArrayList<>();
    try (InputStream in =
        RegionalVocabularyTest.class.getResourceAsStream("/text/zh-regional-news.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        all.add(new Sentence(f[0], f[1], List.of(f[2].split(" "))));
      }
    }
    return all.stream();
  }

  @Test
  void theSetHasFortyOrMoreSentencesFromEachRegionTogether() throws IOException {
    List<Sentence> all = sentences().toList();
    assertTrue(all.size() >= 40, "sentences: " + all.size());
    assertTrue(all.stream().filter(s -> s.region().equals("zh-Hant-TW")).count() >= 20);
    assertTrue(all.stream().filter(s -> s.region().equals("zh-Hant-HK")).count() >= 20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void zhHantChangesGlyphsOnly(Sentence s) {
    String out = ENGINE.convert(s.text(), s.region(), "zh-Hant");
    assertEquals(s.text().length(), out.length(), "a word changed: " + out);
    for (int i = 0; i < out.length(); i++) {
      char in = s.text().charAt(i);
      char got = out.charAt(i);
      assertTrue(
          in == got || canonical(in) == canonical(got),
          "not a glyph variant: " + in + " → " + got + " in " + out);
    }
    for (String word : s.words()) {
      assertTrue(canonical(out).contains(canonical(word)), word + " lost: " + out);
    }
    if (s.region().equals("zh-Hant-TW")) {
      // zh-Hant is written in Taiwan's glyphs: Taiwan copy comes through untouched.
      assertEquals(s.text(), out);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void noTraditionalRenditionBringsInMainlandOnlyWords(Sentence s) {
    String source = canonical(s.text());
    for (String to : List.of("zh-Hant", "zh-Hant-TW", "zh-Hant-HK")) {
      String out = canonical(ENGINE.convert(s.text(), s.region(), to));
      for (String word : MAINLAND_ONLY) {
        assertTrue(
            !out.contains(word) || source.contains(word),
            to + " brought in the mainland word " + word + ": " + out);
      }
    }
  }

  @Test
  void theMainlandOnlyListIsDerivedFromBothRegionsTables() {
    // The words the issue saw readers get; if the derivation lost them the test above would pass
    // for nothing.
    for (String word : List.of("出租車", "公交車", "U盤", "鼠標", "短信", "筆記本電腦")) {
      assertTrue(MAINLAND_ONLY.contains(canonical(word)), word + " not in " + MAINLAND_ONLY);
    }
    // Words Hong Kong shares with the mainland are not mainland-only, though Taiwan replaces them.
    for (String word : List.of("軟件", "網絡", "視頻", "芯片")) {
      assertTrue(!MAINLAND_ONLY.contains(canonical(word)), word + " is Hong Kong's too");
    }
  }

  /**
   * Mainland words (in zh-Hant's glyphs) that Taiwan's and Hong Kong's tables both replace with a
   * word of their own.
   */
  private static Set<String> mainlandOnlyWords() {
    Set<String> words = new TreeSet<>();
    Set<String> keys = new TreeSet<>();
    keys.addAll(DictionaryFile.load("translations/terms/hk-vocabulary.tsv").keySet());
    keys.addAll(DictionaryFile.load("translations/terms/tw-vocabulary.tsv").keySet());
    for (String simplified : keys) {
      String mainland = canonical(ENGINE.convert(simplified, "zh-Hans", "zh-Hant"));
      String taiwan = canonical(ENGINE.convert(simplified, "zh-Hans", "zh-Hant-TW"));
      String hongKong = canonical(ENGINE.convert(simplified, "zh-Hans", "zh-Hant-HK"));
      if (!taiwan.contains(mainland) && !hongKong.contains(mainland)) {
        words.add(mainland);
      }
    }
    return words;
  }

  /** One representative per class of glyph variants in OpenCC's TWVariants and HKVariants. */
  private static Map<Character, Character> glyphClasses() {
    Map<Character, Character> parent = new HashMap<>();
    for (String table : List.of("TWVariants.txt", "HKVariants.txt")) {
      DictionaryFile.read(ConversionParts.OPENCC + table)
          .forEachCandidate(
              (standard, variants) -> {
                for (String variant : variants) {
                  if (standard.length() == 1 && variant.length() == 1) {
                    union(parent, standard.charAt(0), variant.charAt(0));
                  }
                }
              });
    }
    Map<Character, Character> root = new HashMap<>();
    parent.keySet().forEach(c -> root.put(c, find(parent, c)));
    return root;
  }

  private static void union(Map<Character, Character> parent, char a, char b) {
    char ra = find(parent, a);
    char rb = find(parent, b);
    if (ra != rb) {
      parent.put(ra, rb);
    }
  }

  private static char find(Map<Character, Character> parent, char c) {
    char p = parent.computeIfAbsent(c, k -> k);
    return p == c ? c : find(parent, p);
  }

  private static char canonical(char c) {
    return GLYPH.getOrDefault(c, c);
  }

  private static String canonical(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(canonical(text.charAt(i)));
    }
    return out.toString();
  }
}

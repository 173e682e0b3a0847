package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where OpenCC's expected output is wrong for news readers, we differ on purpose. Each row: from,
 * to, input, OpenCC's expectation (documented here, not asserted), and ours.
 */
class DeliberateDifferencesTest {
  @ParameterizedTest(name = "{2}: OpenCC {3}, newsrelay {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # OpenCC t2s (BYVoid_OpenCC_Issue_767_solace) reads 著 as zhu, as in its own glyph set; our
          # zh-Hant is Taiwan's, where 著 after a verb is the particle zhe, Simplified 着.
          zh-Hant   | zh-Hans | 慰藉著受傷的心靈 | 慰藉著受伤的心灵 | 慰藉着受伤的心灵
          # shared/corpora/README.md: hair dries (乾); OpenCC s2t reads 幹 (to do).
          zh-Hans   | zh-Hant | 头发干了 | 頭髮幹了 | 頭髮乾了
          # Surnames are not words (OpenCC converts them as 範, 於, 餘).
          zh-Hans   | zh-Hant | 范先生说 | 範先生說 | 范先生說
          zh-Hans   | zh-Hant | 于先生说 | 於先生說 | 于先生說
          zh-Hans   | zh-Hant | 余先生说 | 餘先生說 | 余先生說
          """)
  void newsroomReadingWins(String from, String to, String in, String openCc, String ours) {
    assertEquals(ours, TextEngine.standard().convert(in, from, to));
  }
}

package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.text.TextEngine;

/** A reader's words meet the index's words whatever script, width or case either was written in. */
class WordQueryTest {
  static final TextEngine TEXT = TextEngine.standard();

  /** Does a story with this copy, indexed as stored copy is, match the query? */
  static boolean finds(String query, Language written, String headline, String body) {
    CopyWords copy =
        new CopyWords(
            Clustering.words(TEXT, written, headline),
            List.of(),
            Clustering.words(TEXT, written, body));
    List<String> indexed = List.of(copy.wordsColumn().split(" "));
    return WordQuery.of(query, TEXT).readings().stream().anyMatch(indexed::containsAll);
  }

  static boolean inHeadline(String query, Language written, String headline) {
    CopyWords copy = new CopyWords(Clustering.words(TEXT, written, headline), List.of(), List.of());
    List<String> indexed = List.of(copy.headlineColumn().split(" "));
    return WordQuery.of(query, TEXT).readings().stream().anyMatch(indexed::containsAll);
  }

  @Test
  void simplifiedFindsTraditionalAndTheOtherWayRound() {
    assertTrue(finds("半导体", Language.ZH_HANT, "台灣半導體出口創新高", ""));
    assertTrue(finds("半導體", Language.ZH_HANS, "中国半导体产业扩张", ""));
    assertTrue(finds("半導體", Language.ZH_HANT_HK, "香港半導體", ""));
  }

  @Test
  void aRegionsWordFindsTheOtherRegionsWord() {
    assertTrue(finds("软件", Language.ZH_HANT_TW, "新軟體上市", ""), "mainland query, Taiwan copy");
    assertTrue(finds("軟體", Language.ZH_HANS, "新软件上市", ""), "Taiwan query, mainland copy");
    assertTrue(finds("軟件", Language.ZH_HANT_TW, "新軟體上市", ""), "Hong Kong query, Taiwan copy");
  }

  @Test
  void widthAndCaseAreFolded() {
    assertTrue(finds("ＤｅｅｐＳｅｅｋ", Language.EN, "DeepSeek releases a model", ""));
    assertTrue(finds("deepseek", Language.EN, "ＤＥＥＰＳＥＥＫ releases a model", ""));
  }

  @Test
  void everyWordOfAReadingMustBeThere() {
    assertTrue(finds("harbour reopens", Language.EN, "Harbour", "The harbour reopens today."));
    assertFalse(finds("harbour closes", Language.EN, "Harbour", "The harbour reopens today."));
    assertTrue(inHeadline("harbour reopens", Language.EN, "Harbour reopens after storm"));
    assertFalse(inHeadline("harbour reopens", Language.EN, "Harbour"));
  }

  @Test
  void wordsAreWholeWordsNotPartsOfOne() {
    assertFalse(finds("port", Language.EN, "The airport reopens", ""));
  }

  @Test
  void punctuationAloneHasNoWords() {
    assertTrue(WordQuery.of("!!! …", TEXT).isEmpty());
  }

  @Test
  void theLengthIsBounded() {
    assertThrows(IllegalArgumentException.class, () -> WordQuery.of(" ", TEXT));
    assertThrows(IllegalArgumentException.class, () -> WordQuery.of("x".repeat(101), TEXT));
    assertEquals(1, WordQuery.of("x".repeat(100), TEXT).readings().size());
  }

  @Test
  void theTsqueryQuotesEveryLexeme() {
    WordQuery query = new WordQuery("x", List.of(List.of("it's", "a\\b"), List.of("c")));
    assertEquals("('it''s' & 'a\\\\b') | ('c')", query.tsquery());
  }

  @Test
  void likePatternsMatchAWholeWordLiterally() {
    assertEquals("% 100!%!_a!! %", WordQuery.likePattern("100%_a!"));
  }

  @Test
  void theIndexKeepsDistinctFoldedWords() {
    CopyWords copy =
        new CopyWords(List.of("ＡＩ", "chip"), List.of("chip"), List.of("ai", "x".repeat(101)));
    assertEquals("ai chip", copy.wordsColumn());
    assertEquals("ai chip", copy.headlineColumn());
    assertEquals(List.of("ＡＩ", "chip", "ai", "x".repeat(101)), copy.fingerprinted());
  }
}

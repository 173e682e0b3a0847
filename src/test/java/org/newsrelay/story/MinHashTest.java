package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsrelay.text.TextEngine;

class MinHashTest {
  private static final TextEngine TEXT = TextEngine.standard();

  private static String sample(String name) throws IOException {
    try (InputStream in = MinHashTest.class.getResourceAsStream("/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> tokens(String text, String language) {
    return Clustering.words(TEXT, Language.ofExactTag(language).orElseThrow(), text);
  }

  private static long shared(int[] a, int[] b) {
    return IntStream.range(0, a.length).filter(i -> a[i] == b[i]).count();
  }

  @Test
  void sameStoryInTraditionalMeetsTheSimplified() throws IOException {
    String simplified = sample("deepseek-cost.zh-Hans.txt");
    String taiwan = TEXT.convert(simplified, "zh-Hans", "zh-Hant-TW");
    String hongKong = TEXT.convert(simplified, "zh-Hans", "zh-Hant-HK");
    int[] bands = MinHash.bands(tokens(simplified, "zh-Hans"));
    assertTrue(shared(bands, MinHash.bands(tokens(taiwan, "zh-Hant-TW"))) >= 12);
    assertTrue(shared(bands, MinHash.bands(tokens(hongKong, "zh-Hant-HK"))) >= 12);
  }

  @Test
  void theDeclaredRegionOfTraditionalCopyDoesNotChangeItsWords() throws IOException {
    // Fingerprints use the engine's fold, as topic rules do: Taiwan's and Hong Kong's words both go
    // back to the mainland's whichever Traditional tag the wire sent.
    String taiwan = TEXT.convert(sample("deepseek-cost.zh-Hans.txt"), "zh-Hans", "zh-Hant-TW");
    List<String> asTaiwan = tokens(taiwan, "zh-Hant-TW");
    assertEquals(asTaiwan, tokens(taiwan, "zh-Hant"));
    assertEquals(asTaiwan, tokens(taiwan, "zh-Hant-HK"));
    assertEquals(tokens("的士司機罷駛", "zh-Hant-HK"), tokens("計程車司機罷駛", "zh-Hant-TW"));
  }

  @Test
  void lightlyEditedCopyFromAnotherWireMeets() throws IOException {
    String story = sample("people-news-deepseek.txt");
    // A second wire's copy: other words in a few places, a sentence dropped, a dateline added.
    String edited =
        "BEIJING (Wire B) -- "
            + story
                .replace("said", "told reporters")
                .replace("company", "firm")
                .replaceFirst("(?s)\\. [^.]{20,200}\\.", ".");
    long shared = shared(MinHash.bands(tokens(story, "en")), MinHash.bands(tokens(edited, "en")));
    assertTrue(shared >= 2, "shared bands: " + shared);
  }

  @Test
  void identicalCopyHasIdenticalBandsAndEmptyCopyNone() {
    List<String> words = List.of("harbour", "reopened", "after", "the", "storm");
    assertArrayEquals(MinHash.bands(words), MinHash.bands(new ArrayList<>(words)));
    assertEquals(MinHash.BANDS, MinHash.bands(words).length);
    assertEquals(0, MinHash.bands(List.of()).length);
  }

  /**
   * Stories of one language share their common words: paragraphs of one article, and made-up copy
   * drawn from its vocabulary, must not meet under any band (SimHash's 8-bit bands met for most).
   */
  @Test
  void unrelatedCopyOfOneLanguageDoesNotMeet() throws IOException {
    String[] vocabulary = sample("people-news-deepseek.txt").split("\\s+");
    Random random = new Random(42);
    List<int[]> sketches = new ArrayList<>();
    for (int story = 0; story < 300; story++) {
      StringBuilder copy = new StringBuilder();
      for (int word = 0; word < 120; word++) {
        copy.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
      }
      sketches.add(MinHash.bands(tokens(copy.toString(), "en")));
    }
    int meetings = 0;
    for (int a = 0; a < sketches.size(); a++) {
      for (int b = a + 1; b < sketches.size(); b++) {
        meetings += shared(sketches.get(a), sketches.get(b)) > 0 ? 1 : 0;
      }
    }
    assertTrue(meetings <= 2, meetings + " of 44,850 unrelated pairs met");
  }
}

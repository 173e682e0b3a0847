package org.newsrelay.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsrelay.text.TextEngine;

/**
 * Writes the search benchmark's Chinese vocabulary (scripts/search/benchmark.sh, seed.sql): the
 * phrases of OpenCC's STPhrases.txt that the search index keeps as one word, the same folded word
 * whether a story writes them in Simplified or in Traditional, and that a query of either spelling
 * finds. A line each: the index's word, the Simplified spelling, the Traditional one.
 *
 * <p>Usage: java -cp ... org.newsrelay.story.SearchVocabulary STPhrases.txt vocabulary.tsv
 */
public final class SearchVocabulary {
  private SearchVocabulary() {}

  public static void main(String[] args) throws IOException {
    TextEngine text = TextEngine.standard();
    Set<String> seen = new LinkedHashSet<>();
    int kept = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        PrintWriter out =
            new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] parts = line.split("\t");
        if (parts.length < 2) {
          continue;
        }
        String simplified = parts[0].strip();
        String traditional = parts[1].strip().split(" ")[0];
        List<String> asSimplified = Clustering.words(text, Language.ZH_HANS, simplified);
        List<String> asTraditional = Clustering.words(text, Language.ZH_HANT, traditional);
        if (asSimplified.size() != 1 || !asSimplified.equals(asTraditional)) {
          continue;
        }
        List<String> word = CopyWords.tokens(asSimplified.get(0));
        if (word.size() != 1
            || !seen.add(word.get(0))
            || !WordQuery.of(simplified, text).readings().contains(word)
            || !WordQuery.of(traditional, text).readings().contains(word)) {
          continue;
        }
        out.println(word.get(0) + "\t" + simplified + "\t" + traditional);
        kept++;
      }
    }
    System.out.println(kept + " words");
  }
}

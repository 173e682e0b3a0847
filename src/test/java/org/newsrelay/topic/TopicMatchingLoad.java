package org.newsrelay.topic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;

/**
 * Topic matching benchmark, run on demand (docs/benchmarks.md): what matching adds to storing one
 * story: folding its text (conversion to Simplified, segmentation) once, then checking it against
 * every topic. Baseline in the same run: segmentation alone, without conversion.
 *
 * <p>Arguments: story text file (UTF-8), its language tag, number of topics, rounds.
 */
public final class TopicMatchingLoad {
  private TopicMatchingLoad() {}

  public static void main(String[] args) throws Exception {
    String copy = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Language language = Language.ofExactTag(args[1]).orElseThrow();
    int topics = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    TextEngine text = TextEngine.standard();
    ScriptFolding folding = new ScriptFolding(text);
    String[] words = {"芯片", "晶片", "人工智能", "油價", "经济", "台積電", "出租车", "rate cut", "DeepSeek", "成本"};
    List<RuleMatcher> matchers = new ArrayList<>();
    for (int i = 0; i < topics; i++) {
      List<String> include = new ArrayList<>();
      for (int k = 0; k < 10; k++) {
        include.add(words[(i + k) % words.length] + (k < 5 ? "" : "新" + i));
      }
      matchers.add(
          new RuleMatcher(new TopicRules(include, List.of("体育"), List.of(), List.of()), folding));
    }
    for (int warm = 0; warm < rounds / 5 + 1; warm++) {
      folding.story(copy, language);
      text.words(copy);
    }
    long segment = 0;
    long fold = 0;
    long match = 0;
    int matched = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      text.words(copy);
      long t1 = System.nanoTime();
      StoryText story =
          new StoryText(
              UUID.randomUUID(), folding.story(copy, language), null, "push:x", List.of());
      long t2 = System.nanoTime();
      for (RuleMatcher matcher : matchers) {
        if (matcher.matches(story)) {
          matched++;
        }
      }
      long t3 = System.nanoTime();
      segment += t1 - t0;
      fold += t2 - t1;
      match += t3 - t2;
    }
    System.out.printf(
        "%d chars %s, %d topics x 10 phrases, %d rounds: segmentation alone %.3f ms, fold %.3f ms,"
            + " match all topics %.3f ms per story (%d matches)%n",
        copy.length(),
        language.tag(),
        topics,
        rounds,
        segment / 1e6 / rounds,
        fold / 1e6 / rounds,
        match / 1e6 / rounds,
        matched / rounds);
  }
}

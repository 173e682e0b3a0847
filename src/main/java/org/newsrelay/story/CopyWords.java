package org.newsrelay.story;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsrelay.text.TextEngine;

/**
 * A story's copy cut into words once per stored version, in the form comparisons use: Chinese
 * folded to one script and vocabulary (the text engine's fold), lower case, ICU words. Look-alike
 * fingerprints read the headline and body ({@link #fingerprinted()}); the search index keeps the
 * headline's words and all of them ({@link StoryWords}), compatibility forms and case folded once
 * more ({@link #indexed}) so that a reader's query in any width or case meets them.
 */
record CopyWords(List<String> headline, List<String> summary, List<String> body) {
  /** Longer "words" are noise (a URL, a run of digits) and PostgreSQL refuses huge lexemes. */
  static final int MAX_WORD = 100;

  /** Distinct words kept per story: a long story's tail adds little and costs index space. */
  static final int MAX_WORDS = 20_000;

  private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

  static CopyWords of(TextEngine text, Story story) {
    return of(text, story.language(), story.headline(), story.summary(), story.bodyText());
  }

  /** The words of a story that will be this copy: what {@link Story#revise} gives it. */
  static CopyWords of(TextEngine text, StoryCopy copy) {
    return of(text, copy.language(), copy.headline(), copy.summary(), copy.bodyText());
  }

  private static CopyWords of(
      TextEngine text, Language language, String headline, String summary, String body) {
    return new CopyWords(
        Clustering.words(text, language, nonNull(headline)),
        Clustering.words(text, language, nonNull(summary)),
        Clustering.words(text, language, nonNull(body)));
  }

  /** What look-alike fingerprints compare: the headline's words, then the body's. */
  List<String> fingerprinted() {
    List<String> all = new ArrayList<>(headline.size() + body.size());
    all.addAll(headline);
    all.addAll(body);
    return all;
  }

  /** The headline's words as the index keeps them: distinct, separated by one space. */
  String headlineColumn() {
    return indexed(List.of(headline));
  }

  /** Every word of the copy as the index keeps it. */
  String wordsColumn() {
    return indexed(List.of(headline, summary, body));
  }

  /** Distinct index words of these word lists, in order, separated by one space. */
  static String indexed(List<List<String>> parts) {
    Set<String> words = new LinkedHashSet<>();
    for (List<String> part : parts) {
      for (String word : part) {
        for (String token : tokens(word)) {
          if (words.size() < MAX_WORDS) {
            words.add(token);
          }
        }
      }
    }
    return String.join(" ", words);
  }

  /**
   * One segmented word in the index's form: compatibility forms and case folded (ＡＩ is ai, ﬁ is
   * fi); usually one token, none when it is too long, more when folding made a space.
   */
  static List<String> tokens(String word) {
    List<String> tokens = new ArrayList<>(1);
    for (String token : FOLD.normalize(word).split("\\s+")) {
      if (!token.isEmpty()
          && token.length() <= MAX_WORD
          && token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  private static String nonNull(String copy) {
    return copy == null ? "" : copy;
  }
}

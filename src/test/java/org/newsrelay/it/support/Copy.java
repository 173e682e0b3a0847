package org.newsrelay.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Story copy of its own for each test story. Stories whose words are alike are one story to the
 * server (a near-duplicate cluster, one entry in a feed), so tests that need separate entries give
 * each story a paragraph nobody else has. And the sample copy under src/test/resources/samples.
 */
public final class Copy {
  private static final String[] WORDS = {
    "harbour",
    "council",
    "budget",
    "ferry",
    "storm",
    "election",
    "school",
    "railway",
    "bridge",
    "market",
    "factory",
    "festival",
    "museum",
    "hospital",
    "river",
    "airport",
    "library",
    "stadium",
    "farmers",
    "miners",
    "nurses",
    "judges",
    "pilots",
    "bakers",
    "drivers",
    "teachers",
    "sailors",
    "opened",
    "closed",
    "delayed",
    "approved",
    "rejected",
    "repaired",
    "announced",
    "postponed",
    "north",
    "south",
    "eastern",
    "western",
    "coastal",
    "inland",
    "upland",
    "valley",
    "island",
    "monday",
    "tuesday",
    "friday",
    "morning",
    "evening",
    "weekend",
    "quarter",
    "season",
    "decade"
  };

  private Copy() {}

  /** The lead, then forty words drawn at random. */
  public static String distinct(String lead) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder copy = new StringBuilder(lead).append('.');
    for (int i = 0; i < 40; i++) {
      copy.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      if (i % 10 == 9) {
        copy.append('.');
      }
    }
    return copy.toString();
  }

  /** A sample from src/test/resources/samples, as a wire sent it. */
  public static String sample(String name) throws IOException {
    try (InputStream in = Copy.class.getResourceAsStream("/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

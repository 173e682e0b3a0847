package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimHashTest {
  private static final String STORY =
      "the harbour reopened on tuesday after the storm damaged two piers and a ferry terminal"
          + " officials said repairs would take weeks and cost several million dollars while"
          + " fishing boats returned to the inner basin in the afternoon";

  private static List<String> words(String text) {
    return Arrays.asList(text.split(" "));
  }

  @Test
  void identicalCopyHasIdenticalFingerprints() {
    assertEquals(SimHash.of(words(STORY)), SimHash.of(words(STORY)));
  }

  @Test
  void lightlyEditedCopyIsTheSameStory() {
    String edited =
        STORY.replace("several million", "about three million").replace("tuesday", "monday");
    int distance = SimHash.distance(SimHash.of(words(STORY)), SimHash.of(words(edited)));
    assertTrue(distance <= SimHash.SAME_STORY_BITS, "distance " + distance);
  }

  @Test
  void anotherStoryIsFarAway() {
    String other =
        "the council approved the budget for next year with new spending on schools and roads"
            + " after a long debate in which the opposition called the plan reckless and"
            + " promised to campaign against it before the election in the spring";
    int distance = SimHash.distance(SimHash.of(words(STORY)), SimHash.of(words(other)));
    assertTrue(distance > SimHash.SAME_STORY_BITS * 2, "distance " + distance);
  }

  @Test
  void emptyTextHasNoFingerprintBits() {
    assertEquals(0L, SimHash.of(List.of()));
  }
}

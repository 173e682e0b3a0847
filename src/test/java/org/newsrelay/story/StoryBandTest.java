package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.NamedNativeQuery;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StoryBandTest {
  /**
   * The look-alike query spells its band keys out (an annotation cannot loop): one placeholder per
   * band, then the window and the story, as Clustering binds them.
   */
  @Test
  void lookAlikesHasAPlaceholderForEveryBand() {
    String sql =
        Arrays.stream(StoryBand.class.getAnnotationsByType(NamedNativeQuery.class))
            .filter(q -> q.name().equals("StoryBand.lookAlikes"))
            .findFirst()
            .orElseThrow()
            .query();
    Matcher keys =
        Pattern.compile(
                "band_key in \\(([^)]*)\\) and b\\.received_at >= \\?(\\d+)\\)"
                    + " and s\\.id <> \\?(\\d+)")
            .matcher(sql);
    assertEquals(true, keys.find(), sql);
    List<String> expected = IntStream.rangeClosed(1, MinHash.BANDS).mapToObj(i -> "?" + i).toList();
    assertEquals(expected, List.of(keys.group(1).split(", ")));
    assertEquals(MinHash.BANDS + 1, Integer.parseInt(keys.group(2)));
    assertEquals(MinHash.BANDS + 2, Integer.parseInt(keys.group(3)));
  }
}

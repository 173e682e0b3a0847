package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OpenCC's own test cases, per direction that maps onto our tags (see shared/corpora/README.md).
 * Prints the pass rate of each. With {@code -Dnewsrelay.conformance.strict=true} it fails below the
 * issue's target of 98%; by default it fails below the floors measured with the packaged tables
 * (opencc4j 1.14.0 ships OpenCC's 2023 dictionaries, and this corpus follows OpenCC's current ones,
 * which Debian's OpenCC 1.1.6 also misses), so that any regression breaks the build while the gap
 * is closed. Pairs where we differ on purpose are listed in {@link DeliberateDifferencesTest} and
 * count as failures here all the same.
 */
class OpenCcConformanceTest {
  private static final Map<String, String[]> DIRECTIONS = new LinkedHashMap<>();
  private static final Map<String, Integer> FLOORS =
      Map.of("s2tw", 31, "s2twp", 25, "s2hk", 19, "t2s", 31, "tw2s", 27, "tw2sp", 17, "hk2s", 16);
  private static final boolean STRICT = Boolean.getBoolean("newsrelay.conformance.strict");

  static {
    DIRECTIONS.put("s2tw", new String[] {"zh-Hans", "zh-Hant"});
    DIRECTIONS.put("s2twp", new String[] {"zh-Hans", "zh-Hant-TW"});
    DIRECTIONS.put("s2hk", new String[] {"zh-Hans", "zh-Hant-HK"});
    DIRECTIONS.put("t2s", new String[] {"zh-Hant", "zh-Hans"});
    DIRECTIONS.put("tw2s", new String[] {"zh-Hant", "zh-Hans"});
    DIRECTIONS.put("tw2sp", new String[] {"zh-Hant-TW", "zh-Hans"});
    DIRECTIONS.put("hk2s", new String[] {"zh-Hant-HK", "zh-Hans"});
  }

  @Test
  void matchesOpenCcInEachSupportedDirection() throws IOException {
    List<String> lines =
        Files.readAllLines(
            SharedCorpus.require("corpora/opencc/testcases.tsv"), StandardCharsets.UTF_8);
    TextEngine engine = TextEngine.standard();
    Map<String, int[]> counts = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      String[] tags = DIRECTIONS.get(f[0]);
      if (tags == null) {
        continue;
      }
      String actual = engine.convert(f[2], tags[0], tags[1]);
      int[] c = counts.computeIfAbsent(f[0], k -> new int[2]);
      c[1]++;
      if (actual.equals(f[3])) {
        c[0]++;
      } else {
        misses.add(
            f[0] + "\t" + f[1] + "\n  in:  " + f[2] + "\n  exp: " + f[3] + "\n  got: " + actual);
      }
    }
    misses.forEach(System.out::println);
    List<String> below = new ArrayList<>();
    counts.forEach(
        (direction, c) -> {
          double rate = 100.0 * c[0] / c[1];
          System.out.printf("OpenCC %-6s %3d/%3d = %6.2f%%%n", direction, c[0], c[1], rate);
          if (rate < 98.0) {
            System.out.println("  TARGET NOT MET: " + direction + " is below 98%");
          }
          if (STRICT ? rate < 98.0 : c[0] < FLOORS.get(direction)) {
            below.add(direction);
          }
        });
    assertTrue(below.isEmpty(), (STRICT ? "below 98%: " : "below the measured floor: ") + below);
  }
}

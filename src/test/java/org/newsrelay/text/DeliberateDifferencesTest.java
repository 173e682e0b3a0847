package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where OpenCC's output is wrong for news readers, we differ on purpose; every such case is listed,
 * with the reason, in {@code text/deliberate-differences.tsv}. Here each row's newsrelay output is
 * asserted (OpenCC's is documented, and must differ from ours, or the row is not a difference).
 */
class DeliberateDifferencesTest {
  /** One listed difference. */
  record Difference(
      String from, String to, String input, String openCc, String ours, String reason) {}

  static List<Difference> all() throws IOException {
    List<Difference> rows = new ArrayList<>();
    for (String line : ConversionTrapsTest.fixture("text/deliberate-differences.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      rows.add(new Difference(f[0], f[1], f[2], f[3], f[4], f[5]));
    }
    return rows;
  }

  @Test
  void newsroomReadingWins() throws IOException {
    List<Difference> rows = all();
    assertFalse(rows.isEmpty());
    List<String> wrong = new ArrayList<>();
    for (Difference d : rows) {
      assertNotEquals(d.openCc(), d.ours(), "not a difference: " + d.input());
      String actual = TextEngine.standard().convert(d.input(), d.from(), d.to());
      if (!actual.equals(d.ours())) {
        wrong.add(d.input() + " => " + actual + " (listed: " + d.ours() + "; " + d.reason() + ")");
      }
    }
    assertEquals(List.of(), wrong);
  }
}

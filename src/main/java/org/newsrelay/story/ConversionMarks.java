package org.newsrelay.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Which characters conversion changed, so that an editor sees at a glance where to look for a wrong
 * conversion: the converted text cut into runs, each changed run with the original it came from.
 * Conversion replaces words in place (软件 → 軟體, 出租车 → 的士), so after a difference the two texts fall
 * back into step within a few characters; finding that step is enough, no general diff.
 */
public final class ConversionMarks {
  /** The longest word a conversion table replaces, and a little more. */
  static final int REACH = 12;

  /** A run of the converted text; {@code original} is null when conversion left it as it was. */
  public record Run(String text, String original) {
    public boolean changed() {
      return original != null;
    }
  }

  private ConversionMarks() {}

  public static List<Run> between(String original, String converted) {
    int[] a = (original == null ? "" : original).codePoints().toArray();
    int[] b = (converted == null ? "" : converted).codePoints().toArray();
    List<Run> runs = new ArrayList<>();
    StringBuilder same = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        same.appendCodePoint(b[j]);
        i++;
        j++;
        continue;
      }
      int[] step = nextStep(a, i, b, j);
      flush(runs, same);
      runs.add(new Run(text(b, j, step[1]), text(a, i, step[0])));
      i = step[0];
      j = step[1];
    }
    flush(runs, same);
    if (i < a.length || j < b.length) {
      runs.add(new Run(text(b, j, b.length), text(a, i, a.length)));
    }
    return runs;
  }

  /**
   * The nearest positions after a difference where both texts agree again for two characters (or
   * both end), preferring the smallest change; the ends of both texts when none is in reach.
   */
  private static int[] nextStep(int[] a, int i, int[] b, int j) {
    for (int size = 2; size <= 2 * REACH; size++) {
      for (int x = Math.max(1, size - REACH); x <= Math.min(REACH, size - 1); x++) {
        int y = size - x;
        if (inStep(a, i + x, b, j + y)) {
          return new int[] {i + x, j + y};
        }
      }
    }
    return new int[] {a.length, b.length};
  }

  private static boolean inStep(int[] a, int i, int[] b, int j) {
    if (i > a.length || j > b.length) {
      return false;
    }
    if (i == a.length || j == b.length) {
      return i == a.length && j == b.length;
    }
    if (a[i] != b[j]) {
      return false;
    }
    boolean nextAgrees = i + 1 < a.length && j + 1 < b.length && a[i + 1] == b[j + 1];
    boolean bothEnd = i + 1 == a.length && j + 1 == b.length;
    return nextAgrees || bothEnd;
  }

  private static String text(int[] codePoints, int from, int to) {
    return new String(codePoints, from, to - from);
  }

  private static void flush(List<Run> runs, StringBuilder same) {
    if (!same.isEmpty()) {
      runs.add(new Run(same.toString(), null));
      same.setLength(0);
    }
  }
}

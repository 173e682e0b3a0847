package org.newsrelay.text;

/**
 * One conversion direction, run the way OpenCC runs its configurations (data/config/*.json):
 * optional normalisation, then segmentation by longest match over a phrase table, then a chain of
 * steps applied to each segment in turn. A step is a group of tables tried in order ("short
 * circuit": the first table with any match at a position decides, as in OpenCC's DictGroup), each
 * matched longest-first, and a step never matches across a segment boundary. Unmatched characters
 * pass through.
 *
 * <p>Following OpenCC's segmentation matters: a phrase table applied to the whole text finds words
 * that straddle two segmented words (the second step's 出租車 inside 出租|車行) and OpenCC's test cases,
 * written against its own segmentation, then disagree.
 */
final class ConversionChain {
  /** A rule about context that may fix a single character's conversion before the tables do. */
  interface ContextRule {
    boolean claims(char c);

    /**
     * The first step's output for the character at {@code at}, or null to let the tables decide.
     */
    String convertAt(CharSequence text, int at);
  }

  /** Per-character conversion for characters none of a step's tables knows, or null. */
  interface CharacterFallback {
    String convert(char c);
  }

  /** A group of tables tried in order, with an optional per-character fallback. */
  static final class Step {
    private final PhraseTrie[] tables;
    private final CharacterFallback fallback;

    Step(CharacterFallback fallback, PhraseTrie... tables) {
      this.tables = tables;
      this.fallback = fallback;
    }

    Step(PhraseTrie... tables) {
      this(null, tables);
    }

    void apply(CharSequence text, int from, int to, StringBuilder out) {
      int i = from;
      outer:
      while (i < to) {
        for (PhraseTrie table : tables) {
          PhraseTrie.Node hit = table.longest(text, i, to);
          if (hit != null) {
            out.append(hit.value);
            i += hit.length;
            continue outer;
          }
        }
        char c = text.charAt(i++);
        String replacement = fallback == null ? null : fallback.convert(c);
        if (replacement == null) {
          out.append(c);
        } else {
          out.append(replacement);
        }
      }
    }
  }

  private final PhraseTrie normalization;
  private final PhraseTrie segmentation;
  private final PhraseTrie corrections;
  private final Step[] steps;
  private final ContextRule rule;
  private final boolean segmentsAreFirstStepKeys;

  /**
   * @param normalization applied to the whole text first (OpenCC: CJK compatibility ideographs), or
   *     null
   * @param segmentation the segmentation table, or null for one segment
   * @param corrections the newsroom's corrections, whose matches are kept whole and converted to
   *     their value in the first step (only with a segmentation table), or null
   * @param rule consulted at every position it claims, before any table, or null (only with a
   *     segmentation table)
   */
  ConversionChain(
      PhraseTrie normalization,
      PhraseTrie segmentation,
      PhraseTrie corrections,
      ContextRule rule,
      Step... steps) {
    this.normalization = normalization;
    this.segmentation = segmentation;
    this.corrections = corrections;
    this.rule = rule;
    this.steps = steps;
    // OpenCC's S→T chains segment with the very table their first step tries first, so a
    // segment found by it converts in that step to the table's value: skip the second look-up.
    this.segmentsAreFirstStepKeys =
        segmentation != null
            && steps.length > 0
            && steps[0].tables.length > 0
            && steps[0].tables[0] == segmentation;
  }

  String convert(String text) {
    if (text.isEmpty() || steps.length == 0) {
      return text;
    }
    if (normalization != null && needsNormalization(text)) {
      text = normalization.convert(text);
    }
    int n = text.length();
    StringBuilder out = new StringBuilder(n + (n >> 3) + 8);
    StringBuilder[] scratch = {new StringBuilder(64), new StringBuilder(64)};
    if (segmentation == null) {
      emit(text, 0, n, null, out, scratch);
      return out.toString();
    }
    segmentAndConvert(text, out, scratch);
    return out.toString();
  }

  /**
   * Segments by the fewest words, then the fewest one-character words, over every way the phrase
   * table can cut the text (a shortest path over its matches); on a tie, the longer first word
   * wins, which is OpenCC's left-first longest match. The two differ only where the left-first
   * match forces a worse cut: 研究生命起源 is 研究|生命|起源, not 研究生|命|起源. A position the context rule fixes
   * (a surname) is a word of its own.
   */
  private void segmentAndConvert(String text, StringBuilder out, StringBuilder[] scratch) {
    int n = text.length();
    Segmentation cut = new Segmentation(n);
    if (rule != null) {
      for (int i = 0; i < n; i++) {
        if (rule.claims(text.charAt(i))) {
          String value = rule.convertAt(text, i);
          if (value != null) {
            cut.fix(i, 1, value);
          }
        }
      }
    }
    cut.solve(text, segmentation);
    // The newsroom's corrections (头发干 → 頭髮乾) are kept whole where the cut leaves their first
    // character at a word's start: they say how a character reads after its context, which is
    // meaningless when the context belongs to another word (作风|干练 is not 风干).
    if (corrections != null && cut.fixCorrections(text, corrections)) {
      cut.solve(text, segmentation);
    }
    int runStart = 0;
    int i = 0;
    while (i < n) {
      if (cut.fixed != null && cut.fixed[i] != null) {
        emit(text, runStart, i, null, out, scratch);
        emit(text, i, i + cut.fixedLength[i], cut.fixed[i], out, scratch);
        i += cut.fixedLength[i];
        runStart = i;
        continue;
      }
      PhraseTrie.Node hit = cut.choice[i];
      if (hit == null) {
        i++;
        continue;
      }
      emit(text, runStart, i, null, out, scratch);
      emit(text, i, i + hit.length, segmentsAreFirstStepKeys ? hit.value : null, out, scratch);
      i += hit.length;
      runStart = i;
    }
    emit(text, runStart, n, null, out, scratch);
  }

  /** The best cut of one text, around spans fixed in advance. */
  private static final class Segmentation {
    final int n;
    String[] fixed;
    int[] fixedLength;
    PhraseTrie.Node[] choice;
    long[] cost;

    Segmentation(int n) {
      this.n = n;
    }

    void fix(int at, int length, String value) {
      if (fixed == null) {
        fixed = new String[n];
        fixedLength = new int[n];
      }
      fixed[at] = value;
      fixedLength[at] = length;
    }

    /** Shortest path from the end: cost[i] = (words << 32) + one-character words of text[i, n). */
    void solve(String text, PhraseTrie table) {
      int[] nextFixed = null;
      if (fixed != null) {
        nextFixed = new int[n + 1];
        nextFixed[n] = n;
        for (int i = n - 1; i >= 0; i--) {
          nextFixed[i] = fixed[i] != null ? i : nextFixed[i + 1];
        }
      }
      if (cost == null) {
        cost = new long[n + 1];
        choice = new PhraseTrie.Node[n];
      }
      PhraseTrie.Node[] found = new PhraseTrie.Node[Math.max(1, table.longestKey())];
      for (int i = n - 1; i >= 0; i--) {
        long best = cost[i + 1] + (1L << 32) + 1;
        PhraseTrie.Node bestNode = null;
        if (fixed != null && fixed[i] != null) {
          int length = fixedLength[i];
          best = cost[i + length] + (1L << 32) + (length == 1 ? 1 : 0);
        } else {
          int limit = nextFixed == null ? n : nextFixed[i];
          int count = table.allMatches(text, i, limit, found);
          for (int k = 0; k < count; k++) {
            PhraseTrie.Node node = found[k];
            long c = cost[i + node.length] + (1L << 32) + (node.length == 1 ? 1 : 0);
            // On a tie the longer first word wins, as in OpenCC's left-first longest match.
            if (c <= best) {
              best = c;
              bestNode = node;
            }
          }
        }
        cost[i] = best;
        choice[i] = bestNode;
      }
    }

    /** Fixes the corrections that start at a cut of the current solution; whether any did. */
    boolean fixCorrections(String text, PhraseTrie corrections) {
      boolean[] cutAt = new boolean[n + 1];
      for (int i = 0; i < n; ) {
        cutAt[i] = true;
        i +=
            fixed != null && fixed[i] != null
                ? fixedLength[i]
                : choice[i] == null ? 1 : choice[i].length;
      }
      boolean any = false;
      for (int i = 0; i < n; ) {
        PhraseTrie.Node hit = cutAt[i] ? corrections.longest(text, i, n) : null;
        if (hit != null && freeOfFixed(i, hit.length)) {
          fix(i, hit.length, hit.value);
          any = true;
          i += hit.length;
        } else {
          i++;
        }
      }
      return any;
    }

    private boolean freeOfFixed(int from, int length) {
      if (fixed == null) {
        return true;
      }
      for (int j = from; j < from + length; j++) {
        if (fixed[j] != null) {
          return false;
        }
      }
      return true;
    }
  }

  /** Runs one segment through the steps; {@code firstStepOutput} short-cuts the first step. */
  private void emit(
      CharSequence text,
      int from,
      int to,
      String firstStepOutput,
      StringBuilder out,
      StringBuilder[] scratch) {
    if (from >= to) {
      return;
    }
    CharSequence current = text;
    int k = 0;
    if (firstStepOutput != null) {
      current = firstStepOutput;
      from = 0;
      to = firstStepOutput.length();
      k = 1;
    }
    int last = steps.length - 1;
    for (; k <= last; k++) {
      StringBuilder target = k == last ? out : current == scratch[0] ? scratch[1] : scratch[0];
      if (target != out) {
        target.setLength(0);
      }
      steps[k].apply(current, from, to, target);
      if (target == out) {
        return;
      }
      current = target;
      from = 0;
      to = target.length();
    }
    out.append(current, from, to);
  }

  private boolean needsNormalization(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (normalization.startsAny(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

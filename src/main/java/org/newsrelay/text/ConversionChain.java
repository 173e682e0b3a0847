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
   * table can cut the text (a shortest path over its matches), where OpenCC takes the longest match
   * from the left. Both agree almost always; where they differ the left-first cut is usually the
   * wrong one: 理发后头发短了 is 理发|后|头发|短了 (hair, 頭髮), not 理发|后头|发 (behind, 後頭). On a tie the shorter
   * first word wins, which reads the ambiguity from the right, as backward maximum matching does. A
   * position the context rule fixes is a word of its own.
   */
  private void segmentAndConvert(String text, StringBuilder out, StringBuilder[] scratch) {
    int n = text.length();
    // Spans decided before segmenting: a surname the context rule recognises, then the
    // newsroom's corrections, leftmost-longest; no word may straddle them.
    String[] fixed = null;
    int[] fixedLength = null;
    if (rule != null || corrections != null) {
      for (int i = 0; i < n; ) {
        String value = null;
        int length = 1;
        if (rule != null && rule.claims(text.charAt(i))) {
          value = rule.convertAt(text, i);
        }
        if (value == null && corrections != null) {
          PhraseTrie.Node hit = corrections.longest(text, i, n);
          if (hit != null && !claimedInside(text, i, hit.length)) {
            value = hit.value;
            length = hit.length;
          }
        }
        if (value != null) {
          if (fixed == null) {
            fixed = new String[n];
            fixedLength = new int[n];
          }
          fixed[i] = value;
          fixedLength[i] = length;
        }
        i += length;
      }
    }
    int[] nextFixed = null;
    if (fixed != null) {
      nextFixed = new int[n + 1];
      nextFixed[n] = n;
      for (int i = n - 1; i >= 0; i--) {
        nextFixed[i] = fixed[i] != null ? i : nextFixed[i + 1];
      }
    }
    // cost[i]: (words << 32) + one-character words, for the best cut of text[i, n).
    long[] cost = new long[n + 1];
    PhraseTrie.Node[] choice = new PhraseTrie.Node[n];
    PhraseTrie.Node[] found = new PhraseTrie.Node[Math.max(1, segmentation.longestKey())];
    for (int i = n - 1; i >= 0; i--) {
      long best = cost[i + 1] + (1L << 32) + 1;
      PhraseTrie.Node bestNode = null;
      if (fixed != null && fixed[i] != null) {
        int length = fixedLength[i];
        best = cost[i + length] + (1L << 32) + (length == 1 ? 1 : 0);
      } else {
        int limit = nextFixed == null ? n : nextFixed[i];
        int count = segmentation.allMatches(text, i, limit, found);
        for (int k = 0; k < count; k++) {
          PhraseTrie.Node node = found[k];
          long c = cost[i + node.length] + (1L << 32) + (node.length == 1 ? 1 : 0);
          if (c < best || c == best && bestNode == null && node.length == 1) {
            best = c;
            bestNode = node;
          }
        }
      }
      cost[i] = best;
      choice[i] = bestNode;
    }
    int runStart = 0;
    int i = 0;
    while (i < n) {
      if (fixed != null && fixed[i] != null) {
        emit(text, runStart, i, null, out, scratch);
        emit(text, i, i + fixedLength[i], fixed[i], out, scratch);
        i += fixedLength[i];
        runStart = i;
        continue;
      }
      PhraseTrie.Node hit = choice[i];
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

  /** Runs one segment through the steps; {@code firstStepOutput} short-cuts the first step. */
  /** Whether the context rule recognises a surname inside a correction's span (it then wins). */
  private boolean claimedInside(String text, int from, int length) {
    if (rule == null) {
      return false;
    }
    for (int j = from + 1; j < from + length; j++) {
      if (rule.claims(text.charAt(j)) && rule.convertAt(text, j) != null) {
        return true;
      }
    }
    return false;
  }

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

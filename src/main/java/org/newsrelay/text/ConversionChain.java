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
  private final Step[] steps;
  private final ContextRule rule;
  private final boolean segmentsAreFirstStepKeys;

  /**
   * @param normalization applied to the whole text first (OpenCC: CJK compatibility ideographs), or
   *     null
   * @param segmentation the segmentation table, or null for one segment
   * @param rule consulted at each segment start before the segmentation table, or null
   */
  ConversionChain(
      PhraseTrie normalization, PhraseTrie segmentation, ContextRule rule, Step... steps) {
    this.normalization = normalization;
    this.segmentation = segmentation;
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
    int runStart = 0;
    int i = 0;
    while (i < n) {
      if (rule != null && rule.claims(text.charAt(i))) {
        String fixed = rule.convertAt(text, i);
        if (fixed != null) {
          emit(text, runStart, i, null, out, scratch);
          emit(text, i, i + 1, fixed, out, scratch);
          runStart = ++i;
          continue;
        }
      }
      PhraseTrie.Node hit = segmentation.longest(text, i, n);
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
    return out.toString();
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

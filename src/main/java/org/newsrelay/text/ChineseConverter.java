package org.newsrelay.text;

import static org.newsrelay.text.ChineseVariant.SIMPLIFIED;
import static org.newsrelay.text.ChineseVariant.TRADITIONAL;

/**
 * Converts Chinese text between the four written variants along OpenCC's own conversion chains
 * ({@link ConversionTables}), the newsroom's tables winning over OpenCC's.
 *
 * <p>Text already in the target script is left alone, clause by clause: a clause (up to a space or
 * a punctuation mark) whose characters belong to one script only is taken to be in that script,
 * whatever was declared, so that Traditional copy sent as zh-Hans is not converted again (后 would
 * become 後 in 皇后) and a Simplified story quoting a Traditional passage keeps the quotation intact.
 * A clause of characters both scripts share keeps the declared variant.
 */
final class ChineseConverter {
  private final ConversionTables tables;

  ChineseConverter(ConversionTables tables) {
    this.tables = tables;
  }

  String convert(String text, ChineseVariant from, ChineseVariant to) {
    return convert(text, from, to, false);
  }

  /**
   * Chinese copy in one form for comparison: Simplified, with Taiwan's and Hong Kong's words taken
   * back to the mainland's whatever the declared region ({@link ConversionTables#foldChain}).
   */
  String fold(String text, ChineseVariant from) {
    return convert(text, from, SIMPLIFIED, true);
  }

  private String convert(String text, ChineseVariant from, ChineseVariant to, boolean fold) {
    if (text.isEmpty() || !from.isChinese() || !to.isChinese() || from == to) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + (text.length() >> 3) + 8);
    if (actualScript(text, 0, text.length(), from) == from) {
      convertRun(text, from, to, fold, out);
      return out.toString();
    }
    int n = text.length();
    int runStart = 0;
    ChineseVariant runSource = null;
    for (int i = 0; i < n; ) {
      int end = clauseEnd(text, i);
      ChineseVariant source = actualScript(text, i, end, from);
      if (runSource != null && source != runSource) {
        convertRun(text.substring(runStart, i), runSource, to, fold, out);
        runStart = i;
      }
      runSource = source;
      i = end;
    }
    convertRun(text.substring(runStart), runSource, to, fold, out);
    return out.toString();
  }

  private void convertRun(
      String run, ChineseVariant source, ChineseVariant to, boolean fold, StringBuilder out) {
    if (source == to || run.isEmpty()) {
      out.append(run);
      return;
    }
    boolean standardGlyphs = source.isTraditional() && tables.usesStandardGlyphs(run);
    ConversionChain chain =
        fold && source.isTraditional()
            ? tables.foldChain(standardGlyphs)
            : tables.chain(source, to, standardGlyphs);
    out.append(chain.convert(run));
  }

  /** The end of the clause starting at {@code from}: past the next separators, or the end. */
  private static int clauseEnd(String text, int from) {
    int i = from;
    while (i < text.length() && !isSeparator(text.charAt(i))) {
      i++;
    }
    while (i < text.length() && isSeparator(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Spaces and punctuation end a clause; the middle dots inside foreign names (·, ・) do not. */
  private static boolean isSeparator(char c) {
    if (Character.isWhitespace(c)) {
      return true;
    }
    if (c == '·' || c == '・' || c == '‧' || c == '-' || c == '\'') {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.OTHER_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /** What a clause is written in: one script's characters only override the declared variant. */
  private ChineseVariant actualScript(String text, int from, int to, ChineseVariant declared) {
    boolean simplified = false;
    boolean traditional = false;
    for (int i = from; i < to && !(simplified && traditional); i++) {
      char c = text.charAt(i);
      simplified |= tables.isSimplifiedOnly(c);
      traditional |= tables.isTraditionalOnly(c);
    }
    if (declared == SIMPLIFIED && traditional && !simplified) {
      return TRADITIONAL;
    }
    if (declared.isTraditional() && simplified && !traditional) {
      return SIMPLIFIED;
    }
    return declared;
  }
}

package org.newsrelay.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Quotation marks as the target region writes them: Taiwan and Hong Kong with corner brackets (「」,
 * nested 『』), the mainland with “” (nested ‘’). Marks are paired first, whatever style they came
 * in, and a pair takes its target form from its depth among the Chinese quotations around it, so a
 * text in either style, or a mixture, comes out in the target's.
 *
 * <ul>
 *   <li>A pair is Chinese when it quotes a Han character, or when a Han character or a full-width
 *       punctuation mark stands right outside it (他說：“OK”。). Quotations in Latin text (He said
 *       “no”), apostrophes (it’s) and anything inside a backtick code span are left alone; ASCII
 *       quotes are never touched, so neither are URLs, which cannot carry typographic marks.
 *   <li>A quotation that runs over paragraphs opens again at each paragraph and closes once, as in
 *       both styles: an opening mark at a paragraph's start while the same mark is open continues
 *       that quotation rather than nesting in it.
 *   <li>A mark without a partner is left as it was: it is a typo, and guessing would move it.
 * </ul>
 *
 * Every mark is one character and becomes one character, so the text keeps its length and the
 * pieces of a text (an HTML paragraph's text nodes) keep their boundaries.
 */
final class QuotationMarks {
  private static final String OPEN = "“‘「『";
  private static final String CLOSE = "”’」』";

  private QuotationMarks() {}

  static String forTarget(String text, ChineseVariant target) {
    return forTarget(List.of(text), new boolean[1], target).get(0);
  }

  /**
   * @param pieces one text, cut into pieces (text nodes) that are rewritten together
   * @param paragraphStarts which pieces begin a paragraph (a block element's first text)
   */
  static List<String> forTarget(
      List<String> pieces, boolean[] paragraphStarts, ChineseVariant target) {
    if (!target.isChinese() || pieces.stream().noneMatch(QuotationMarks::hasMark)) {
      return pieces;
    }
    StringBuilder all = new StringBuilder();
    boolean[] lineStart = new boolean[pieces.stream().mapToInt(String::length).sum() + 1];
    for (int p = 0; p < pieces.size(); p++) {
      if (p < paragraphStarts.length && paragraphStarts[p]) {
        lineStart[all.length()] = true;
      }
      all.append(pieces.get(p));
    }
    char[] out = rewrite(all.toString(), lineStart, target.isTraditional());
    List<String> result = new ArrayList<>(pieces.size());
    int at = 0;
    for (String piece : pieces) {
      result.add(new String(out, at, piece.length()));
      at += piece.length();
    }
    return result;
  }

  private static boolean hasMark(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (OPEN.indexOf(text.charAt(i)) >= 0 || CLOSE.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static char[] rewrite(String text, boolean[] paragraphStart, boolean traditional) {
    int n = text.length();
    // partner[i]: for an opening mark, where its quotation closes; -1 if it never does.
    // sameAs[i]: for a paragraph's re-opening mark, the opening mark it continues.
    int[] partner = new int[n];
    int[] sameAs = new int[n];
    Arrays.fill(partner, -1);
    Arrays.fill(sameAs, -1);
    Deque<Integer> open = new ArrayDeque<>();
    boolean inCode = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // A code span is a line's backticks, so a stray one cannot silence the rest of the story.
      if (c == '`') {
        inCode = !inCode;
      } else if (c == '\n') {
        inCode = false;
      }
      if (inCode || isApostrophe(text, i)) {
        continue;
      }
      if (OPEN.indexOf(c) >= 0) {
        if (startsParagraph(text, i, paragraphStart)
            && !open.isEmpty()
            && text.charAt(open.peek()) == c) {
          sameAs[i] = open.peek();
        } else {
          open.push(i);
        }
      } else if (CLOSE.indexOf(c) >= 0) {
        char opening = OPEN.charAt(CLOSE.indexOf(c));
        if (open.stream().anyMatch(o -> text.charAt(o) == opening)) {
          // Marks left open inside this quotation were typos: they stay unpaired.
          while (text.charAt(open.peek()) != opening) {
            open.pop();
          }
          partner[open.pop()] = i;
        }
      }
    }
    char[] out = text.toCharArray();
    int[] depth = new int[n];
    Deque<Integer> enclosing = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      while (!enclosing.isEmpty() && partner[enclosing.peek()] < i) {
        enclosing.pop();
      }
      if (sameAs[i] >= 0 && depth[sameAs[i]] > 0) {
        out[i] = style(depth[sameAs[i]], traditional, true);
        continue;
      }
      int close = partner[i];
      if (close < 0 || !isChinese(text, i, close)) {
        continue;
      }
      depth[i] = enclosing.size() + 1;
      out[i] = style(depth[i], traditional, true);
      out[close] = style(depth[i], traditional, false);
      enclosing.push(i);
    }
    return out;
  }

  /** Odd depths take the outer marks, even depths the inner ones. */
  private static char style(int depth, boolean traditional, boolean opening) {
    boolean outer = depth % 2 == 1;
    if (traditional) {
      return outer ? (opening ? '「' : '」') : (opening ? '『' : '』');
    }
    return outer ? (opening ? '“' : '”') : (opening ? '‘' : '’');
  }

  private static boolean isChinese(String text, int open, int close) {
    for (int i = open + 1; i < close; ) {
      int cp = text.codePointAt(i);
      if (UnicodeCleaner.isHan(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return open > 0 && isChineseNeighbour(text.codePointBefore(open))
        || close + 1 < text.length() && isChineseNeighbour(text.codePointAt(close + 1));
  }

  /** Han, or the full-width punctuation that Chinese copy sets around a quotation (：，。、). */
  private static boolean isChineseNeighbour(int cp) {
    return UnicodeCleaner.isHan(cp)
        || cp >= 0x3001 && cp <= 0x303F && OPEN.indexOf(cp) < 0 && CLOSE.indexOf(cp) < 0
        || cp >= 0xFF01 && cp <= 0xFF65;
  }

  /** ’ or ‘ between two letters or digits (it’s, rock‘n’roll) is no quotation mark. */
  private static boolean isApostrophe(String text, int i) {
    char c = text.charAt(i);
    if (c != '’' && c != '‘') {
      return false;
    }
    return i > 0
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i - 1))
        && !UnicodeCleaner.isHan(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1))
        && !UnicodeCleaner.isHan(text.charAt(i + 1));
  }

  /** First on its line (after a newline and any indent), or first in a paragraph's text. */
  private static boolean startsParagraph(String text, int i, boolean[] paragraphStart) {
    int j = i;
    while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\u3000')) {
      j--;
    }
    return j == 0 || text.charAt(j - 1) == '\n' || paragraphStart[j];
  }
}

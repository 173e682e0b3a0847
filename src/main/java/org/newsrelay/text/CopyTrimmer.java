package org.newsrelay.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Headlines, summaries and keywords from copy, cut on ICU's sentence, word and grapheme boundaries
 * (dictionary-based for Chinese), never inside a word or a surrogate pair.
 */
final class CopyTrimmer {
  /** "en@ss=standard" keeps "U.S." and "Mr." from ending a sentence. */
  private static final ULocale SENTENCES = new ULocale("en@ss=standard");

  private static final Pattern DATELINE =
      Pattern.compile("^\\s*(\\[[^\\]]{1,40}\\]|【[^】]{1,20}】)\\s*");

  private static final String ELLIPSIS = "…";

  String headline(String plainText, int maxChars) {
    String first = firstSentence(firstParagraph(plainText));
    first = DATELINE.matcher(first).replaceFirst("");
    return truncate(stripTrailingStop(first), maxChars);
  }

  String summary(String plainText, int maxChars) {
    String text = plainText == null ? "" : plainText.strip().replaceAll("\\s*\\n\\s*", " ");
    if (maxChars <= 0 || text.isEmpty()) {
      return "";
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(SENTENCES);
    sentences.setText(text);
    int end = 0;
    for (int b = sentences.next(); b != BreakIterator.DONE; b = sentences.next()) {
      if (text.substring(0, b).strip().length() > maxChars) {
        break;
      }
      end = b;
    }
    return end > 0 ? text.substring(0, end).strip() : truncate(text, maxChars);
  }

  /** At most {@code maxChars} UTF-16 units, ending on a word boundary, with … when cut. */
  String truncate(String text, int maxChars) {
    String s = text == null ? "" : text.strip();
    if (s.length() <= maxChars) {
      return s;
    }
    if (maxChars <= ELLIPSIS.length()) {
      return "";
    }
    int limit = maxChars - ELLIPSIS.length();
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    words.setText(s);
    int cut = words.preceding(limit + 1);
    String head = s.substring(0, Math.max(cut, 0)).stripTrailing();
    if (head.isEmpty()) {
      // One word longer than the limit: cut on a grapheme boundary rather than return nothing.
      BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);
      graphemes.setText(s);
      head = s.substring(0, Math.max(graphemes.preceding(limit + 1), 0));
    }
    head = head.replaceAll("[\\s,;:，；：、—–-]+$", "");
    return head.isEmpty() ? "" : head + ELLIPSIS;
  }

  /** Words for keywords and topic matching: letters or ideographs, no spaces or punctuation. */
  List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return words;
    }
    BreakIterator it = BreakIterator.getWordInstance(ULocale.ROOT);
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
        words.add(text.substring(start, end));
      }
    }
    return words;
  }

  private static String firstParagraph(String text) {
    if (text == null) {
      return "";
    }
    for (String line : text.strip().split("\\n")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }

  private static String firstSentence(String paragraph) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(SENTENCES);
    sentences.setText(paragraph);
    int end = sentences.next();
    return end == BreakIterator.DONE ? paragraph : paragraph.substring(0, end).strip();
  }

  private static String stripTrailingStop(String sentence) {
    return sentence.replaceAll("[.。]$", "");
  }
}

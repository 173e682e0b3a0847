package org.newsrelay.text;

/**
 * What a feed can carry: XML 1.0's characters, less those that only ever do harm in news copy. One
 * story with a stray control character must never take down every feed of its language, so this
 * runs on every field at the door, and again in the renderers for rows stored before it did.
 *
 * <p>Removed: C0 controls other than tab, newline and carriage return (XML 1.0 forbids them); lone
 * surrogates (not characters at all); U+FFFE, U+FFFF and the other noncharacters (forbidden or
 * "discouraged" by XML, meaningless in copy); DEL and the C1 controls (allowed by XML 1.0 but never
 * text: in copy they are Windows-1252 punctuation decoded wrongly, and XML 1.1 forbids them); and
 * the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what
 * follows them beyond the field's end in a reader's list of headlines ("Trojan Source" spoofing).
 * The bidi marks (U+200E, U+200F, U+061C) stay: they only mark direction and RTL copy needs them.
 */
final class XmlText {
  private XmlText() {}

  /** The text without what a feed must not carry; null stays null. */
  static String carriable(String text) {
    if (text == null) {
      return null;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isCarriable(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isCarriable(cp)) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Whether the code point may stand in copy. {@link String#codePointAt} gives a surrogate pair as
   * one supplementary code point, so a surrogate seen here is a lone one, and refused.
   */
  static boolean isCarriable(int cp) {
    if (cp < 0x20) {
      return cp == '\t' || cp == '\n' || cp == '\r';
    }
    if (cp >= 0x7F && cp <= 0x9F) {
      return false;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return false;
    }
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      return false;
    }
    return !isNoncharacter(cp) && cp <= 0x10FFFF;
  }

  /** U+FDD0–U+FDEF and the last two code points of every plane. */
  static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}

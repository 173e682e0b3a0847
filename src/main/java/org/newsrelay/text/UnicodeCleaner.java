package org.newsrelay.text;

import com.ibm.icu.text.Normalizer2;
import java.util.List;

/**
 * NFC; invisible and control characters out (newlines and tabs kept); spaces unified; full-width
 * Latin, digits and ASCII symbols to half-width while Chinese punctuation stays full-width; and a
 * half-width comma, colon, semicolon, question or exclamation mark between Han made full-width.
 * ICU's Fullwidth-Halfwidth transliterator is not used: it would also turn ， into , and 。 into ｡.
 */
final class UnicodeCleaner {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** Full-width punctuation that Chinese text keeps when it stands among Han characters. */
  private static final String CHINESE_PUNCTUATION = "，！？：；（）";

  String clean(String text, List<String> warnings) {
    String nfc = NFC.normalize(stripInvisible(text, warnings));
    return fixWidth(nfc);
  }

  private static String stripInvisible(String text, List<String> warnings) {
    StringBuilder out = new StringBuilder(text.length());
    int lone = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (!XmlText.isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
        lone++;
      } else if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          out.append('\n');
        }
      } else if (c == '\n' || c == '\t') {
        out.append(c);
      } else if (isDropped(c)) {
        continue;
      } else if (isSpace(c)) {
        out.append(c == '\u3000' ? c : ' ');
      } else {
        out.append(c);
      }
    }
    if (lone > 0) {
      warnings.add(lone + " lone surrogate(s) replaced by U+FFFD");
    }
    return out.toString();
  }

  private static boolean isDropped(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2069')
        || c == '\uFEFF'
        || c == '\u061C'
        || c == '\u00AD'
        // U+FFFE, U+FFFF and the other noncharacters: no text means them, and XML forbids some.
        || XmlText.isNoncharacter(c);
  }

  private static boolean isSpace(char c) {
    return c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  private static String fixWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        boolean chinese = CHINESE_PUNCTUATION.indexOf(c) >= 0 && nearHan(text, i);
        out.append(chinese ? c : (char) (c - 0xFEE0));
      } else if (c == '\u3000') {
        // The ideographic space belongs to Chinese layout; in Latin text it is just a space.
        out.append(nearHan(text, i) ? c : ' ');
      } else if (",:;?!".indexOf(c) >= 0 && betweenHan(text, i)) {
        out.append((char) (c + 0xFEE0));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean betweenHan(String text, int at) {
    return at > 0
        && at + 1 < text.length()
        && isHan(text.codePointBefore(at))
        && isHan(text.codePointAt(at + 1));
  }

  private static boolean nearHan(String text, int at) {
    return (at > 0 && isChinese(text.codePointBefore(at)))
        || (at + 1 < text.length() && isChinese(text.codePointAt(at + 1)));
  }

  private static boolean isChinese(int cp) {
    return isHan(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF5E);
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}

package org.newsrelay.ingest.feed;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares decoded text for a strict XML parser: drops characters XML 1.0 forbids (feeds carry
 * stray control characters that would otherwise fail the whole document), drops the XML declaration
 * (the text is already decoded), and deals with a DOCTYPE. A DOCTYPE that only names an external
 * DTD (RSS 0.91's) is removed unread; one with an internal subset, which is where entity tricks
 * such as billion laughs live, is refused.
 */
final class XmlSanitiser {

  private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml\\s[^>]*?\\?>");
  private static final Pattern FORBIDDEN_REFERENCE =
      Pattern.compile("&#(?:[xX]0*([0-9a-fA-F]{1,8})|0*([0-9]{1,10}));");

  private static final java.nio.charset.Charset WINDOWS_1252 =
      java.nio.charset.Charset.forName("windows-1252");

  private XmlSanitiser() {}

  static String prepare(String decoded, List<String> warnings) throws FeedParseException {
    String text = stripForbiddenCharacters(decoded, warnings);
    text = stripForbiddenReferences(text, warnings);
    text = replaceC1Controls(text, warnings);
    Matcher declaration = DECLARATION.matcher(text);
    if (declaration.find()) {
      text = text.substring(declaration.end());
    }
    text = handleDoctype(text, warnings);
    refuseDeepNesting(text);
    return text;
  }

  /**
   * Feeds nest a few levels, an entry's XHTML content a few dozen; JDOM and Rome walk the tree by
   * recursion, so an entry nested 20,000 deep overflowed the stack of the request or the poller.
   */
  static final int MAX_DEPTH = org.newsrelay.platform.Settings.current().maxXmlDepth();

  /**
   * Counts element nesting before anything parses the document: a linear pass over tags, skipping
   * comments, CDATA, processing instructions, declarations and quoted attribute values. Malformed
   * markup is left for the parser to refuse.
   */
  static void refuseDeepNesting(String text) throws FeedParseException {
    int depth = 0;
    int n = text.length();
    for (int i = text.indexOf('<'); i >= 0 && i < n; i = text.indexOf('<', i + 1)) {
      if (text.startsWith("<!--", i)) {
        i = skipPast(text, i + 4, "-->");
      } else if (text.startsWith("<![CDATA[", i)) {
        i = skipPast(text, i + 9, "]]>");
      } else if (text.startsWith("<?", i)) {
        i = skipPast(text, i + 2, "?>");
      } else if (text.startsWith("<!", i)) {
        i = skipPast(text, i + 2, ">");
      } else if (text.startsWith("</", i)) {
        depth--;
        i = skipPast(text, i + 2, ">");
      } else {
        int end = tagEnd(text, i + 1);
        if (end < 0) {
          return;
        }
        if (text.charAt(end - 1) != '/' && ++depth > MAX_DEPTH) {
          throw new FeedParseException(
              "elements nested more than " + MAX_DEPTH + " deep; no feed needs that many");
        }
        i = end;
      }
      if (i < 0) {
        return;
      }
    }
  }

  /** The index of the last character of {@code close} after {@code from}, or -1. */
  private static int skipPast(String text, int from, String close) {
    int at = text.indexOf(close, from);
    return at < 0 ? -1 : at + close.length() - 1;
  }

  /** The index of the '>' that ends a start tag, quoted attribute values skipped; or -1. */
  private static int tagEnd(String text, int from) {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return -1;
  }

  static String stripForbiddenCharacters(String text, List<String> warnings) {
    StringBuilder out = null;
    int removed = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      boolean allowed =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!allowed) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        removed++;
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += width;
    }
    if (out == null) {
      return text;
    }
    warnings.add("removed " + removed + " character(s) that XML does not allow");
    return out.toString();
  }

  private static String stripForbiddenReferences(String text, List<String> warnings) {
    if (text.indexOf("&#") < 0) {
      return text;
    }
    Matcher m = FORBIDDEN_REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int removed = 0;
    while (m.find()) {
      long cp = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
      boolean allowed =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      m.appendReplacement(out, allowed ? Matcher.quoteReplacement(m.group()) : "");
      if (!allowed) {
        removed++;
      }
    }
    m.appendTail(out);
    if (removed > 0) {
      warnings.add(
          "removed " + removed + " character reference(s) to characters XML does not allow");
    }
    return out.toString();
  }

  /**
   * C1 control characters (U+0080 to U+009F) never mean what they say in a feed: they are
   * Windows-1252 punctuation (curly quotes, dashes) decoded as ISO-8859-1. Browsers read {@code
   * &#146;} the same way.
   */
  static String replaceC1Controls(String text, List<String> warnings) {
    StringBuilder out = null;
    int replaced = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = null;
      int skip = 0;
      if (c >= 0x80 && c <= 0x9F) {
        replacement = windows1252(c);
      } else if (c == '&' && i + 3 < text.length() && text.charAt(i + 1) == '#') {
        int end = text.indexOf(';', i + 2);
        if (end > 0 && end - i <= 10) {
          int cp = referencedCodePoint(text.substring(i + 2, end));
          if (cp >= 0x80 && cp <= 0x9F) {
            replacement = "&#x" + Integer.toHexString(windows1252((char) cp).codePointAt(0)) + ";";
            skip = end - i;
          }
        }
      }
      if (replacement == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      out.append(replacement);
      replaced++;
      i += skip;
    }
    if (out == null) {
      return text;
    }
    warnings.add("read " + replaced + " C1 control character(s) as Windows-1252 punctuation");
    return out.toString();
  }

  private static String windows1252(char c) {
    // The five bytes Windows-1252 leaves unassigned decode to U+FFFD.
    return new String(new byte[] {(byte) c}, WINDOWS_1252);
  }

  private static int referencedCodePoint(String reference) {
    try {
      if (reference.startsWith("x") || reference.startsWith("X")) {
        return Integer.parseInt(reference.substring(1), 16);
      }
      return Integer.parseInt(reference);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Finds a DOCTYPE in the prolog (after comments and processing instructions only). */
  private static String handleDoctype(String text, List<String> warnings)
      throws FeedParseException {
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return text;
        }
        i = end + 3;
      } else if (text.startsWith("<?", i)) {
        int end = text.indexOf("?>", i + 2);
        if (end < 0) {
          return text;
        }
        i = end + 2;
      } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int end = doctypeEnd(text, i + 9);
        if (end < 0) {
          throw new FeedParseException(
              "DOCTYPE not allowed: the document has an unterminated DOCTYPE");
        }
        warnings.add("ignored the DOCTYPE (external DTDs are never loaded)");
        return text.substring(0, i) + text.substring(end);
      } else {
        return text;
      }
    }
    return text;
  }

  /** The index after the DOCTYPE's closing '>', or -1; refuses a non-empty internal subset. */
  private static int doctypeEnd(String text, int from) throws FeedParseException {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        int close = text.indexOf(']', i + 1);
        String subset = close < 0 ? text.substring(i + 1) : text.substring(i + 1, close);
        if (!subset.isBlank()) {
          throw new FeedParseException(
              "DOCTYPE not allowed: the document declares its own entities or elements (an"
                  + " internal DTD subset), which can expand to huge or external content");
        }
        if (close < 0) {
          return -1;
        }
        i = close;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return -1;
  }
}

package org.newsrelay.ingest.feed;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a feed's bytes into text the way feed readers do: a byte-order mark wins, then the HTTP
 * {@code charset}, then the XML declaration, then ICU's detector as a last resort. Never throws on
 * a bad name or bad bytes: it notes a warning and carries on.
 */
final class FeedDecoder {

  /** The text, the charset it was decoded with, and what looked wrong on the way. */
  record Decoded(String text, Charset charset, List<String> warnings) {}

  private static final Pattern DECLARED_ENCODING =
      Pattern.compile(
          "^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTTP_CHARSET =
      Pattern.compile("(?i);\\s*charset\\s*=\\s*([\"']?)\\s*([^\"';\\s]+)\\s*\\1");

  /**
   * Labels that real feeds use for a smaller charset than their bytes are in: GB2312 feeds carry
   * GBK characters, ISO-8859-1 and ASCII feeds carry Windows-1252 quotes (as in the WHATWG Encoding
   * standard).
   */
  private static final Map<String, String> SUPERSETS =
      Map.ofEntries(
          Map.entry("GB2312", "GB18030"),
          Map.entry("GBK", "GB18030"),
          Map.entry("x-mswin-936", "GB18030"),
          Map.entry("EUC-KR", "x-windows-949"),
          Map.entry("ISO-8859-1", "windows-1252"),
          Map.entry("US-ASCII", "windows-1252"));

  private FeedDecoder() {}

  static Decoded decode(byte[] body, String httpContentType) {
    List<String> warnings = new ArrayList<>();
    Bom bom = Bom.of(body);
    String declared = declaredEncoding(body, bom);
    String fromHttp = httpCharset(httpContentType);

    if (bom != null) {
      String other = fromHttp != null ? fromHttp : declared;
      Charset otherCharset = other == null ? null : lookUp(other, null, null);
      if (otherCharset != null && !compatible(otherCharset, bom.charset)) {
        warnings.add(
            "the byte-order mark says "
                + bom.charset.name()
                + " but the document is labelled "
                + other
                + "; followed the byte-order mark");
      }
      return finish(body, bom.length, bom.charset, warnings);
    }
    if (fromHttp != null) {
      Charset charset = lookUp(fromHttp, warnings, "the HTTP Content-Type header");
      Charset sniffed = Bom.sniffWithoutMark(body);
      if (charset != null && sniffed != null && !compatible(charset, sniffed)) {
        // Bytes like 00 3C 00 3F cannot be an ASCII-compatible charset; the header is wrong.
        warnings.add(
            "the HTTP header says "
                + fromHttp
                + " but the bytes are "
                + sniffed.name()
                + "; followed the bytes");
        charset = sniffed;
      }
      if (charset != null) {
        return finish(body, 0, charset, warnings);
      }
    }
    Charset sniffed = Bom.sniffWithoutMark(body);
    if (sniffed != null) {
      return finish(body, 0, sniffed, warnings);
    }
    if (declared != null) {
      Charset charset = lookUp(declared, warnings, "the XML declaration");
      if (charset != null && isSixteenOrThirtyTwo(charset)) {
        // The declaration was readable as ASCII, so the bytes cannot be UTF-16 or UTF-32.
        warnings.add("the XML declaration says " + declared + " but the bytes are not; ignored it");
        charset = null;
      }
      if (charset != null) {
        return finish(body, 0, charset, warnings);
      }
    }
    if (declared == null && isValidUtf8(body)) {
      return finish(body, 0, StandardCharsets.UTF_8, warnings);
    }
    Charset detected = detect(body);
    warnings.add("no usable charset label; detected " + detected.name());
    return finish(body, 0, detected, warnings);
  }

  private static Decoded finish(byte[] body, int skip, Charset charset, List<String> warnings) {
    Charset effective = superset(charset);
    ByteBuffer bytes = ByteBuffer.wrap(body, skip, body.length - skip);
    String text;
    try {
      text = strict(effective).decode(bytes).toString();
    } catch (CharacterCodingException e) {
      text = lenient(body, skip, effective);
      warnings.add(
          "the bytes are not valid "
              + effective.name()
              + "; invalid sequences were replaced with U+FFFD");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new Decoded(text, effective, warnings);
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String lenient(byte[] body, int skip, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith("\uFFFD");
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(body, skip, body.length - skip));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder reported an error", e);
    }
  }

  private static Charset superset(Charset charset) {
    String upgrade = SUPERSETS.get(charset.name());
    if (upgrade != null && Charset.isSupported(upgrade)) {
      return Charset.forName(upgrade);
    }
    return charset;
  }

  static String httpCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HTTP_CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    String name = m.group(2).trim();
    return name.isEmpty() ? null : name;
  }

  private static String declaredEncoding(byte[] body, Bom bom) {
    Charset prologCharset = bom != null ? bom.charset : Bom.sniffWithoutMark(body);
    int skip = bom != null ? bom.length : 0;
    int length = Math.min(body.length - skip, 1024);
    String head =
        new String(
            body,
            skip,
            length,
            prologCharset == null ? StandardCharsets.ISO_8859_1 : prologCharset);
    Matcher m = DECLARED_ENCODING.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).trim();
    return name.isEmpty() ? null : name;
  }

  private static Charset lookUp(String name, List<String> warnings, String where) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      if (warnings != null) {
        warnings.add("unknown charset '" + name + "' in " + where + "; ignored it");
      }
      return null;
    }
  }

  private static boolean compatible(Charset label, Charset actual) {
    if (label.equals(actual)) {
      return true;
    }
    String a = label.name().toUpperCase(Locale.ROOT);
    String b = actual.name().toUpperCase(Locale.ROOT);
    // "UTF-16" without an order is what a file with a UTF-16 byte-order mark should say.
    return a.equals("UTF-16") && b.startsWith("UTF-16")
        || a.equals("UTF-32") && b.startsWith("UTF-32");
  }

  private static boolean isSixteenOrThirtyTwo(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.equals("X-UTF-32BE-BOM");
  }

  private static boolean isValidUtf8(byte[] body) {
    try {
      strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Charset detect(byte[] body) {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(true); // ignore markup, judge the text
    detector.setText(body);
    CharsetMatch match = detector.detect();
    if (match != null && Charset.isSupported(match.getName())) {
      return Charset.forName(match.getName());
    }
    return Charset.forName("windows-1252");
  }

  /** Byte-order marks and the XML spec's (appendix F) patterns for an unmarked {@code <?xml}. */
  private record Bom(Charset charset, int length) {

    static Bom of(byte[] b) {
      if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
        return new Bom(Charset.forName("UTF-32BE"), 4);
      }
      if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
        return new Bom(Charset.forName("UTF-32LE"), 4);
      }
      if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (startsWith(b, 0xFE, 0xFF)) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (startsWith(b, 0xFF, 0xFE)) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }

    static Charset sniffWithoutMark(byte[] b) {
      if (startsWith(b, 0x00, 0x00, 0x00, 0x3C)) {
        return Charset.forName("UTF-32BE");
      }
      if (startsWith(b, 0x3C, 0x00, 0x00, 0x00)) {
        return Charset.forName("UTF-32LE");
      }
      if (startsWith(b, 0x00, 0x3C, 0x00, 0x3F) || startsWith(b, 0x00, 0x3C, 0x00)) {
        return StandardCharsets.UTF_16BE;
      }
      if (startsWith(b, 0x3C, 0x00, 0x3F, 0x00) || startsWith(b, 0x3C, 0x00)) {
        return StandardCharsets.UTF_16LE;
      }
      return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
      if (b.length < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if ((b[i] & 0xFF) != prefix[i]) {
          return false;
        }
      }
      return true;
    }
  }
}

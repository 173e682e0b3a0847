package org.newsrelay.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes to text: a byte-order mark first, then a declared charset that decodes cleanly, then strict
 * UTF-8, then ICU's detector. Whatever cannot be decoded becomes U+FFFD and a warning.
 */
final class ByteDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  Decoded decode(byte[] bytes, String declaredCharset) {
    List<String> warnings = new ArrayList<>();
    if (bytes == null || bytes.length == 0) {
      return new Decoded("", "UTF-8", warnings);
    }
    Charset bom = byteOrderMark(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return lenient(bytes, skip, bom, warnings);
    }
    Charset declared = supported(declaredCharset);
    if (declaredCharset != null && declared == null) {
      warnings.add("declared charset '" + declaredCharset + "' is unknown; detected instead");
    }
    if (declared != null) {
      String strict = strict(bytes, declared);
      if (strict != null) {
        return new Decoded(strict, declared.name(), warnings);
      }
    }
    Charset detected = detect(bytes);
    if (declared != null) {
      String strict = detected.equals(declared) ? null : strict(bytes, detected);
      if (strict != null) {
        warnings.add(
            "bytes are not valid "
                + declared.name()
                + " as declared; decoded as "
                + detected.name());
        return new Decoded(strict, detected.name(), warnings);
      }
      return lenient(bytes, 0, declared, warnings);
    }
    return lenient(bytes, 0, detected, warnings);
  }

  private static Charset detect(byte[] bytes) {
    if (strict(bytes, StandardCharsets.UTF_8) != null) {
      return StandardCharsets.UTF_8;
    }
    Charset utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      return utf16;
    }
    CharsetMatch match = null;
    try {
      match = new CharsetDetector().setText(bytes).detect();
    } catch (RuntimeException e) {
      // ICU's detector is a heuristic; when it fails the fallback below is as good a guess.
    }
    String name = match == null ? "windows-1252" : match.getName();
    return widen(supported(name) == null ? WINDOWS_1252 : supported(name));
  }

  /** Detectors name the common subset; decode with the superset the publisher really uses. */
  private static Charset widen(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    if (name.equals("GB2312") || name.equals("GBK") || name.equals("EUC-CN")) {
      return GB18030;
    }
    if (name.equals("BIG5")) {
      return BIG5_HKSCS;
    }
    if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
      return WINDOWS_1252;
    }
    return charset;
  }

  private static Charset utf16WithoutMark(byte[] bytes) {
    if (bytes.length < 4 || bytes.length % 2 != 0) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i + 1 < bytes.length; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = bytes.length / 2;
    // Latin text in UTF-16 has a zero in one half of nearly every unit and almost none in the
    // other.
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static Charset byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static Charset supported(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.isSupported(name.strip()) ? widen(Charset.forName(name.strip())) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded lenient(byte[] bytes, int offset, Charset charset, List<String> warnings) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String text;
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      text = chars.toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, offset, bytes.length - offset, charset);
    }
    long replaced = text.chars().filter(c -> c == '\uFFFD').count();
    if (replaced > 0) {
      warnings.add(
          replaced + " undecodable byte sequence(s) in " + charset.name() + " became U+FFFD");
    }
    return new Decoded(text, charset.name(), warnings);
  }
}

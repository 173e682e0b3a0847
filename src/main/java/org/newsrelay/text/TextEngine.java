package org.newsrelay.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** The text engine's entry point: every story passes through it before anyone reads it. */
public final class TextEngine {
  private static final Set<String> TAGS =
      Set.of("en", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK");
  private static final TextEngine STANDARD = new TextEngine();

  private TextEngine() {}

  public static TextEngine standard() {
    return STANDARD;
  }

  public static Set<String> supportedTags() {
    return TAGS;
  }

  public Decoded decode(byte[] bytes, String declaredCharset) {
    List<String> warnings = new ArrayList<>();
    if (bytes == null || bytes.length == 0) {
      return new Decoded("", "UTF-8", warnings);
    }
    Charset charset = StandardCharsets.UTF_8;
    try {
      if (declaredCharset != null && Charset.isSupported(declaredCharset)) {
        charset = Charset.forName(declaredCharset);
      } else {
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        if (match != null && Charset.isSupported(match.getName())) {
          charset = Charset.forName(match.getName());
        }
      }
    } catch (RuntimeException e) {
      warnings.add("charset: " + e.getMessage());
    }
    return new Decoded(new String(bytes, charset), charset.name(), warnings);
  }

  public Normalized normalize(String text, String targetTag) {
    String plain = Normalizer2.getNFCInstance().normalize(text == null ? "" : text);
    Detection detected = detect(plain);
    String out = targetTag == null ? plain : convert(plain, detected.variant(), targetTag);
    return new Normalized(out, out, detected, List.of(), List.of());
  }

  public Normalized normalizeHtml(String html, String targetTag) {
    String safe = sanitizeHtml(html);
    Normalized plain = normalize(htmlToText(safe), targetTag);
    return new Normalized(
        safe, plain.plainText(), plain.detected(), plain.removed(), plain.warnings());
  }

  public String convert(String text, String fromTag, String toTag) {
    ChineseVariant to = ChineseVariant.of(toTag);
    ChineseVariant from = fromTag == null ? null : ChineseVariant.of(fromTag);
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (from == null) {
      from = ChineseVariant.of(detect(text).variant());
    }
    return converter().convert(text, from, to);
  }

  private ChineseConverter converter() {
    return Dictionaries.CONVERTER;
  }

  /** Holder idiom: the tables load on first use, once, with the JVM's class-init locking. */
  private static final class Dictionaries {
    static final ChineseConverter CONVERTER = new ChineseConverter(new ConversionTables());
  }

  public Detection detect(String text) {
    String t = text == null ? "" : text;
    long han = t.codePoints().filter(Character::isIdeographic).count();
    if (han == 0) {
      return new Detection("en", null, "en", 0.5);
    }
    String simplified = Transliterator.getInstance("Traditional-Simplified").transliterate(t);
    return simplified.equals(t)
        ? new Detection("zh", "Hans", "zh-Hans", 0.6)
        : new Detection("zh", "Hant", "zh-Hant", 0.6);
  }

  public String headline(String plainText, int maxChars) {
    return summary(plainText, maxChars);
  }

  public String summary(String plainText, int maxChars) {
    String t = plainText == null ? "" : plainText.strip();
    return t.length() <= maxChars ? t : t.substring(0, Math.max(0, maxChars));
  }

  public String sanitizeHtml(String html) {
    return Jsoup.clean(html == null ? "" : html, Safelist.basic());
  }

  public String htmlToText(String html) {
    return Jsoup.parse(html == null ? "" : html).text();
  }

  public String slug(String name) {
    String latin = Transliterator.getInstance("Han-Latin; Latin-ASCII").transliterate(name);
    return latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}

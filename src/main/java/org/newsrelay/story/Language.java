package org.newsrelay.story;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsrelay.platform.InvalidInput;

/** The languages newsrelay publishes, as BCP 47 tags; a Chinese story is stored in its variant. */
public enum Language {
  EN("en"),
  ZH_HANS("zh-Hans"),
  ZH_HANT("zh-Hant"),
  ZH_HANT_TW("zh-Hant-TW"),
  ZH_HANT_HK("zh-Hant-HK");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  public boolean isChinese() {
    return this != EN;
  }

  /** The 400 for a tag that names no language newsrelay publishes, with the ones it does. */
  public static InvalidInput unknown(String tag) {
    return new InvalidInput(
        "Unknown language",
        "\"" + tag + "\" is not a language newsrelay publishes.",
        Map.of("available", tags()));
  }

  public static List<String> tags() {
    return Arrays.stream(values()).map(Language::tag).toList();
  }

  /** Exactly one of our tags, as used in feed URLs. */
  public static Optional<Language> ofExactTag(String tag) {
    return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
  }

  /**
   * What a wire or a feed declares, mapped onto our variants: en-GB is en, zh-CN is zh-Hans, zh-TW
   * is zh-Hant-TW, zh-HK is zh-Hant-HK, bare zh-Hant is zh-Hant. Anything else is not ours.
   */
  public static Optional<Language> fromDeclared(String declared) {
    if (declared == null || declared.isBlank()) {
      return Optional.empty();
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(declared.trim().replace('_', '-')).build();
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
    String language = locale.getLanguage();
    if (language.equals("en")) {
      return Optional.of(EN);
    }
    if (!language.equals("zh")) {
      return Optional.empty();
    }
    String region = locale.getCountry();
    String script = locale.getScript();
    if (script.isEmpty()) {
      script = ULocale.addLikelySubtags(ULocale.forLocale(locale)).getScript();
    }
    if (script.equals("Hant")) {
      return Optional.of(
          switch (region) {
            case "TW" -> ZH_HANT_TW;
            case "HK", "MO" -> ZH_HANT_HK;
            default -> ZH_HANT;
          });
    }
    return script.equals("Hans") ? Optional.of(ZH_HANS) : Optional.empty();
  }
}

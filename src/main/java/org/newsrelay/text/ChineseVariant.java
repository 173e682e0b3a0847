package org.newsrelay.text;

import java.util.LinkedHashSet;
import java.util.Set;

/** The language tags the engine serves, and what each means for Chinese script and vocabulary. */
enum ChineseVariant {
  ENGLISH("en", null),
  SIMPLIFIED("zh-Hans", "Hans"),
  /** Taiwan standard glyph forms, mainland vocabulary left as written. */
  TRADITIONAL("zh-Hant", "Hant"),
  TAIWAN("zh-Hant-TW", "Hant"),
  HONG_KONG("zh-Hant-HK", "Hant");

  private final String tag;
  private final String script;

  ChineseVariant(String tag, String script) {
    this.tag = tag;
    this.script = script;
  }

  String tag() {
    return tag;
  }

  String script() {
    return script;
  }

  boolean isChinese() {
    return script != null;
  }

  boolean isTraditional() {
    return "Hant".equals(script);
  }

  /** Parses a supported tag; tags are compared case-insensitively, as BCP 47 asks. */
  static ChineseVariant of(String tag) {
    if (tag != null) {
      for (ChineseVariant v : values()) {
        if (v.tag.equalsIgnoreCase(tag.strip())) {
          return v;
        }
      }
    }
    throw new UnknownTagException(tag);
  }

  static Set<String> tags() {
    Set<String> tags = new LinkedHashSet<>();
    for (ChineseVariant v : values()) {
      tags.add(v.tag);
    }
    return tags;
  }
}

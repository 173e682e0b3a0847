package org.newsrelay.topic;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsrelay.platform.Messages;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;

/**
 * A topic's name in every language: the editor's where given, else translations/ ({@code
 * topic.<slug>.name}), else a Chinese name converted to the reader's variant, else any name given.
 * Computed when read, so that a translator's change shows without touching the topic.
 */
final class TopicNames {
  private TopicNames() {}

  static Map<String, String> complete(String slug, Map<String, String> given) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      String tag = language.tag();
      String name = given.get(tag);
      if (name == null) {
        name = translated(slug, tag);
      }
      if (name == null && language.isChinese()) {
        name = converted(given, tag);
      }
      if (name == null) {
        name = given.getOrDefault("en", given.values().stream().findFirst().orElse(slug));
      }
      names.put(tag, name);
    }
    return names;
  }

  private static String translated(String slug, String tag) {
    try {
      return Messages.get(tag, "topic." + slug + ".name");
    } catch (IllegalArgumentException noSuchMessage) {
      return null;
    }
  }

  private static String converted(Map<String, String> given, String tag) {
    for (Language from : Language.values()) {
      String name = given.get(from.tag());
      if (from.isChinese() && name != null) {
        return TextEngine.standard().convert(name, from.tag(), tag);
      }
    }
    return null;
  }
}

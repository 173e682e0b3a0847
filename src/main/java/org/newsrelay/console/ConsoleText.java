package org.newsrelay.console;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeMap;
import org.newsrelay.platform.Json;

/**
 * The console's interface text: every {@code console.} and {@code topic.} key of
 * translations/messages_*.properties, in en, zh-Hans, zh-Hant, zh-Hant-TW or zh-Hant-HK.
 */
final class ConsoleText {
  private ConsoleText() {}

  /**
   * The interface language for a tag: zh-Hans, zh-Hant-TW, zh-Hant-HK, zh-Hant, or English for
   * anything else.
   */
  static String bundleFor(String tag) {
    if (tag == null) {
      return "en";
    }
    if (tag.startsWith("zh-Hans")
        || tag.equals("zh-CN")
        || tag.equals("zh-SG")
        || tag.equals("zh")) {
      return "zh-Hans";
    }
    if (tag.equals("zh-Hant-TW") || tag.equals("zh-TW")) {
      return "zh-Hant-TW";
    }
    if (tag.equals("zh-Hant-HK") || tag.equals("zh-HK") || tag.equals("zh-MO")) {
      return "zh-Hant-HK";
    }
    return tag.startsWith("zh") ? "zh-Hant" : "en";
  }

  /**
   * English first, then the reader's bundle over it; a region's bundle (zh-Hant-TW) holds only the
   * wording that differs from its script's (zh-Hant), so it goes over that one.
   */
  static JsonObject of(String tag) {
    TreeMap<String, String> text = new TreeMap<>();
    put(text, "en");
    String bundle = bundleFor(tag);
    if (bundle.startsWith("zh-Hant-")) {
      put(text, "zh-Hant");
    }
    if (!bundle.equals("en")) {
      put(text, bundle);
    }
    var json = Json.createObjectBuilder().add("lang", bundle);
    var messages = Json.createObjectBuilder();
    text.forEach(messages::add);
    return json.add("messages", messages).build();
  }

  private static void put(TreeMap<String, String> text, String tag) {
    Properties properties = new Properties();
    String path = "translations/messages_" + tag + ".properties";
    try (InputStream in = ConsoleText.class.getClassLoader().getResourceAsStream(path)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("console.") || key.startsWith("topic.")) {
        text.put(key, properties.getProperty(key));
      }
    }
  }
}

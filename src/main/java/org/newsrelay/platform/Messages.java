package org.newsrelay.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text shown to people, from translations/messages_TAG.properties (UTF-8), looked up by BCP 47 tag
 * from the most specific bundle to the least (zh-Hant-TW, zh-Hant, zh) and finally English.
 */
public final class Messages {
  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  private Messages() {}

  public static String get(String tag, String key, Object... arguments) {
    for (String candidate = tag; candidate != null; candidate = parent(candidate)) {
      String pattern = bundle(candidate).getProperty(key);
      if (pattern != null) {
        return arguments.length == 0
            ? pattern
            : new MessageFormat(pattern, Locale.ROOT).format(arguments);
      }
    }
    String english = bundle("en").getProperty(key);
    if (english == null) {
      throw new IllegalArgumentException(
          "No message " + key + " in translations/messages_en.properties");
    }
    return arguments.length == 0
        ? english
        : new MessageFormat(english, Locale.ROOT).format(arguments);
  }

  private static String parent(String tag) {
    int dash = tag.lastIndexOf('-');
    return dash < 0 ? null : tag.substring(0, dash);
  }

  private static Properties bundle(String tag) {
    return BUNDLES.computeIfAbsent(tag, Messages::load);
  }

  private static Properties load(String tag) {
    Properties properties = new Properties();
    String path = "translations/messages_" + tag + ".properties";
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
    return properties;
  }
}

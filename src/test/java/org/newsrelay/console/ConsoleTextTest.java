package org.newsrelay.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the console shows is in translations/ in en, zh-Hans and zh-Hant: the keys its scripts
 * and page name, and the families they build from the API's values (a status, a change).
 */
class ConsoleTextTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir"));
  private static final Path PAGES = ROOT.resolve("src/main/webapp/console");
  private static final Pattern LITERAL =
      Pattern.compile("['\"](console\\.[A-Za-z0-9.-]*[A-Za-z0-9])['\"]");

  /** Keys made from values the API answers, which no literal in the scripts names whole. */
  private static final List<String> FAMILIES =
      List.of(
          "console.status.incoming",
          "console.status.published",
          "console.status.held",
          "console.status.killed",
          "console.rendition.original",
          "console.rendition.converted",
          "console.rendition.corrected",
          "console.sources.failing",
          "console.sources.new",
          "console.sources.ok",
          "console.partner.role.subscriber",
          "console.partner.role.wire",
          "console.subscription.pending",
          "console.subscription.active",
          "console.subscription.expired",
          "console.subscription.unverified",
          "console.subscription.unsubscribed",
          "console.subscription.ended",
          "console.delivery.pending",
          "console.delivery.delivered",
          "console.delivery.failed",
          "console.delivery.cancelled",
          "console.change.published",
          "console.change.revised",
          "console.change.corrected",
          "console.change.held",
          "console.change.released",
          "console.change.killed",
          "console.queue.did.publish",
          "console.queue.did.hold",
          "console.job.queued",
          "console.job.running",
          "console.job.done",
          "console.job.superseded",
          "console.job.failed",
          "console.visibility.public",
          "console.visibility.partner",
          "console.topic.reason.rule",
          "console.topic.reason.manual",
          "console.topic.reason.removed");

  private static Properties bundle(String tag) throws IOException {
    Properties properties = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            ROOT.resolve("translations/messages_" + tag + ".properties"), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  private static Set<String> keysTheConsoleNames() throws IOException {
    Set<String> keys = new TreeSet<>(FAMILIES);
    try (Stream<Path> files = Files.list(PAGES)) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(js|html)")).toList()) {
        Matcher literal = LITERAL.matcher(Files.readString(file));
        while (literal.find()) {
          keys.add(literal.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void everyTextIsInEnglishSimplifiedAndTraditional() throws IOException {
    Set<String> keys = keysTheConsoleNames();
    assertTrue(keys.size() > 150, "the scan finds the console's keys: " + keys.size());
    for (String tag : List.of("en", "zh-Hans", "zh-Hant")) {
      Properties bundle = bundle(tag);
      Set<String> missing = new TreeSet<>(keys);
      missing.removeIf(bundle::containsKey);
      assertEquals(Set.of(), missing, "missing from messages_" + tag + ".properties");
    }
  }

  @Test
  void aRegionsBundleHoldsOnlyWordingThatDiffers() throws IOException {
    Properties traditional = bundle("zh-Hant");
    for (String region : List.of("zh-Hant-TW", "zh-Hant-HK")) {
      Properties bundle = bundle(region);
      for (String key : bundle.stringPropertyNames()) {
        if (key.startsWith("console.")) {
          assertTrue(traditional.containsKey(key), region + " overrides nothing with " + key);
          assertTrue(
              !traditional.getProperty(key).equals(bundle.getProperty(key)),
              region + " says " + key + " as zh-Hant does");
        }
      }
    }
  }

  @Test
  void aRegionGetsItsOwnWordsOverTraditionalChinese() {
    var hongKong = ConsoleText.of("zh-Hant-HK");
    assertEquals("zh-Hant-HK", hongKong.getString("lang"));
    assertEquals("鍵盤快捷鍵", hongKong.getJsonObject("messages").getString("console.shortcuts"));
    assertEquals(
        "鍵盤快速鍵",
        ConsoleText.of("zh-Hant").getJsonObject("messages").getString("console.shortcuts"));
    assertEquals("zh-Hant-TW", ConsoleText.bundleFor("zh-TW"));
    assertEquals("zh-Hans", ConsoleText.bundleFor("zh-CN"));
    assertEquals("en", ConsoleText.bundleFor("fr"));
  }
}

package org.newsrelay.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

/**
 * What every hostile test asserts after its refusal or its sanitised result: each feed of the
 * language (Atom, RSS, JSON Feed), and for Chinese each variant's, still answers 200 and is
 * well-formed, read by a strict XML parser and by Rome the way a feed reader reads it.
 */
public final class FeedHealth {
  private FeedHealth() {}

  /** The tags whose feeds one stored language reaches. */
  public static List<String> feedsOf(String language) {
    return language.startsWith("zh")
        ? List.of("zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK")
        : List.of("en");
  }

  /** Every format of every feed the language reaches is 200 and well-formed. */
  public static void assertFeedsWellFormed(Http http, String language) {
    for (String tag : feedsOf(language)) {
      assertFeedWellFormed(http, "/feeds/" + tag + "/all");
    }
  }

  /** One feed (a path without its extension) in every format. */
  public static void assertFeedWellFormed(Http http, String pathWithoutExtension) {
    for (String extension : List.of(".atom", ".rss")) {
      HttpResponse<String> response = http.get(pathWithoutExtension + extension);
      assertEquals(200, response.statusCode(), pathWithoutExtension + extension);
      assertXml(response.body(), pathWithoutExtension + extension);
      Feeds.parse(response.body());
    }
    HttpResponse<String> json = http.get(pathWithoutExtension + ".json");
    assertEquals(200, json.statusCode(), pathWithoutExtension + ".json");
    JsonObject feed = Json.createReader(new StringReader(json.body())).readObject();
    assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
    assertTrue(feed.containsKey("items"), pathWithoutExtension + ".json has items");
  }

  /** Parsed by the JDK's strict XML 1.0 parser, external entities off. */
  public static void assertXml(String body, String what) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      builder.parse(new InputSource(new StringReader(body)));
    } catch (Exception e) {
      throw new AssertionError(what + " is not well-formed XML: " + e.getMessage(), e);
    }
  }
}

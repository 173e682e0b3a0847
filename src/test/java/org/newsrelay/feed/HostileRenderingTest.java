package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;
import org.w3c.dom.Document;

/**
 * Rows stored before the door cleaned them still reach the writers: each entry is made readable,
 * one that cannot be written is left out, and markup is escaped exactly once per format.
 */
class HostileRenderingTest {
  static final UUID BAD = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  static final UUID GOOD = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final FeedLinks LINKS = new FeedLinks(URI.create("https://news.example/"));
  static final Instant AT = Instant.parse("2026-11-28T08:30:00Z");
  static final String MARKUP = "<img src=x onerror=alert(1)>";

  final FeedRenderer renderer = new FeedRenderer(TextEngine.standard());

  static FeedStory hostile() {
    return new FeedStory(
            BAD,
            Language.EN,
            Language.EN,
            "Harbour\uFFFF reopens \uD800",
            MARKUP + " \u0001summary",
            "<p>Body <a href=\"javascript:alert(1)\">x</a> <a href=\"not a url\">y</a>\u0000</p>"
                + "<img src=\"https://w.example/i.jpg\" onerror=\"alert(1)\">",
            "not a url",
            "Jane\u0007 Doe\u202E",
            AT,
            AT,
            List.of("POL\uFFFE", "\u0000"),
            List.of())
        .withLinks(List.of(), List.of(new FeedStory.Source(GOOD, "evil", "javascript:alert(1)")));
  }

  static FeedStory plain(UUID id, Instant published) {
    return new FeedStory(
        id,
        Language.EN,
        Language.EN,
        "Good story",
        null,
        "<p>Good</p>",
        "https://w.example/good",
        null,
        published,
        AT,
        List.of(),
        List.of());
  }

  static FeedPage page(FeedStory... entries) {
    URI self = URI.create("https://news.example/feeds/en/all.atom");
    return new FeedPage(
        Language.EN,
        FeedTopic.ALL,
        "All\u0000",
        "Everything",
        self,
        self,
        null,
        null,
        LINKS,
        List.of(entries),
        List.of(new Tombstone(GOOD, AT, "Legal\uFFFF", AT.plusSeconds(3600))),
        AT);
  }

  static Document xml(byte[] body) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(body));
  }

  static String noBadCode(String text) {
    assertFalse(
        text.contains("\uFFFF") || text.contains("\u0000") || text.contains("\u0007"), text);
    assertFalse(text.contains("javascript:"), text);
    assertFalse(text.contains("not a url"), text);
    return text;
  }

  @Test
  void aHostileStoredRowRendersWellFormedInEveryFormat() throws Exception {
    for (FeedFormat format : new FeedFormat[] {FeedFormat.ATOM, FeedFormat.RSS}) {
      byte[] body = renderer.render(page(hostile(), plain(GOOD, AT)), format);
      Document doc = xml(body);
      noBadCode(new String(body, StandardCharsets.UTF_8));
      assertEquals(
          2,
          doc.getElementsByTagNameNS("*", format == FeedFormat.ATOM ? "entry" : "item")
              .getLength());
    }
    String json =
        new String(renderer.render(page(hostile()), FeedFormat.JSON), StandardCharsets.UTF_8);
    JsonObject feed = Json.createReader(new StringReader(json)).readObject();
    JsonObject item = feed.getJsonArray("items").getJsonObject(0);
    assertEquals("Harbour reopens", item.getString("title"));
    assertFalse(item.containsKey("external_url"));
    assertFalse(item.getString("content_html").contains("onerror"));
    assertFalse(item.containsKey("_cluster"));
    noBadCode(item.toString());
  }

  @Test
  void rssDescriptionIsHtmlSoMarkupInTheSummaryIsShownNotRun() throws Exception {
    Document doc = xml(renderer.render(page(hostile()), FeedFormat.RSS));
    String description = doc.getElementsByTagName("description").item(1).getTextContent();
    // What a reader gets after XML: HTML in which the summary's markup is text.
    assertTrue(description.startsWith("&lt;img src=x onerror=alert(1)&gt;"), description);
    assertFalse(description.contains("<img"), description);
    String content = doc.getElementsByTagNameNS("*", "encoded").item(0).getTextContent();
    assertTrue(content.contains("<img src=\"https://w.example/i.jpg\">"), content);
    assertFalse(content.contains("onerror") || content.contains("javascript"), content);
  }

  @Test
  void atomContentIsTheSanitisedHtmlEscapedOnce() throws Exception {
    Document doc = xml(renderer.render(page(hostile()), FeedFormat.ATOM));
    String content = doc.getElementsByTagNameNS("*", "content").item(0).getTextContent();
    assertTrue(content.startsWith("<p>Body <a>x</a> <a>y</a></p>"), content);
    String summary = doc.getElementsByTagNameNS("*", "summary").item(0).getTextContent();
    assertTrue(summary.startsWith(MARKUP), "type=text: shown as written, " + summary);
  }

  @Test
  void anEntryThatCannotBeWrittenIsLeftOutAndTheRestServed() throws Exception {
    UUID broken = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    for (FeedFormat format : FeedFormat.values()) {
      String body =
          new String(
              renderer.render(page(plain(broken, null), plain(GOOD, AT)), format),
              StandardCharsets.UTF_8);
      assertFalse(body.contains(broken.toString()), format + ": " + body);
      assertTrue(body.contains(GOOD.toString()), format + ": " + body);
    }
  }

  @Test
  void theStoryPageRunsNothing() throws Exception {
    String html = renderer.storyPage(hostile(), LINKS);
    noBadCode(html);
    var page = org.jsoup.Jsoup.parse(html);
    assertTrue(
        page.select("script:not([type=application/ld+json]), [onerror], [onclick]").isEmpty(),
        html);
    assertEquals(1, page.select("script").size(), "the JSON-LD data block alone");
    assertEquals(1, page.select("img").size(), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    String policy = StoryPageWriter.CONTENT_SECURITY_POLICY;
    assertTrue(policy.startsWith("default-src 'none'"), policy);
    assertFalse(policy.contains("script-src") || policy.contains("unsafe"), policy);
    String css =
        StoryPageWriter.STYLE.substring(
            "<style>".length(), StoryPageWriter.STYLE.indexOf("</style>"));
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
    assertTrue(policy.contains("style-src 'sha256-" + hash + "'"), policy);
    assertTrue(html.contains(StoryPageWriter.STYLE), "the hashed style is the page's");
  }
}

package org.newsrelay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsrelay.feed.FeedFormat;
import org.newsrelay.feed.FeedLinks;
import org.newsrelay.feed.FeedPage;
import org.newsrelay.feed.FeedRenderer;
import org.newsrelay.feed.FeedStory;
import org.newsrelay.feed.FeedTopic;
import org.newsrelay.feed.Tombstone;
import org.newsrelay.platform.DomainException;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.story.Language;
import org.newsrelay.story.StoryCopy;
import org.newsrelay.text.TextEngine;

/**
 * Generative: random Unicode (controls, lone surrogates, noncharacters, bidi controls, RTL, emoji,
 * markup) in random ninjs shapes, through the door, the copy desk and every writer (Atom, RSS, JSON
 * Feed, the story page). Whatever comes in, a push is either refused with a 400 or stored as
 * XML-carriable copy with web links only, and every document written from it is well-formed and
 * runs nothing. Stored rows that never passed the door (random renditions) must render well-formed
 * too.
 *
 * <p>Seeded, so a failure names the case that reproduces it: {@code -Dnewsrelay.generative.seed=N}
 * replays from N, {@code -Dnewsrelay.generative.cases=N} runs more (300 by default).
 */
class HostileCopyGenerativeTest {
  static final long SEED = Long.getLong("newsrelay.generative.seed", 20261128L);
  static final int CASES = Integer.getInteger("newsrelay.generative.cases", 300);
  static final Instant NOW = Instant.parse("2026-11-28T08:30:00Z");
  static final FeedLinks LINKS = new FeedLinks(URI.create("https://news.example/"));

  final TextEngine text = TextEngine.standard();
  final CopyDesk desk = new CopyDesk(text);
  final FeedRenderer renderer = new FeedRenderer(text);

  @Test
  void anyPushIsRefusedOrRendersWellFormed() {
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      JsonObject ninjs = new Shapes(new SplittableRandom(seed)).ninjs();
      try {
        StoryDraft draft;
        try {
          draft = Intake.pushed(Ninjs.read(ninjs), NOW);
        } catch (DomainException refused) {
          assertInstanceOf(InvalidInput.class, refused);
          continue;
        }
        // What the inbox keeps is JSON the worker reads back.
        JsonObject stored = Ninjs.write(draft);
        StoryDraft read =
            Ninjs.read(Json.createReader(new StringReader(stored.toString())).readObject());
        StoryCopy copy = desk.clean(read, NOW);
        assertCopyIsClean(copy);
        assertRendersWellFormed(rendition(copy, seed));
      } catch (Exception | AssertionError e) {
        fail("case seed " + seed + " failed on " + escaped(ninjs.toString()), e);
      }
    }
  }

  @Test
  void anyStoredRowRendersWellFormed() {
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + 1_000_000 + i;
      Shapes shapes = new Shapes(new SplittableRandom(seed));
      FeedStory raw =
          new FeedStory(
                  new UUID(0, seed),
                  Language.ZH_HANS,
                  Language.ZH_HANS,
                  shapes.text(),
                  shapes.maybe(shapes.text()),
                  shapes.html(),
                  shapes.maybe(shapes.link()),
                  shapes.maybe(shapes.text()),
                  NOW,
                  NOW,
                  List.of(shapes.text(), shapes.text()),
                  List.of())
              .withLinks(
                  List.of(),
                  List.of(new FeedStory.Source(new UUID(1, seed), shapes.text(), shapes.link())));
      try {
        assertRendersWellFormed(raw);
      } catch (Exception | AssertionError e) {
        fail("case seed " + seed + " failed on " + escaped(raw.toString()), e);
      }
    }
  }

  /** The case as ASCII, so that a report shows every control and surrogate it holds. */
  static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  void assertCopyIsClean(StoryCopy copy) {
    List<String> fields = new ArrayList<>(copy.subjects());
    fields.add(copy.headline());
    fields.add(copy.summary());
    fields.add(copy.bodyText());
    fields.add(copy.bodyHtml());
    fields.add(copy.byline());
    for (String name : org.newsrelay.story.WireMetadata.TEXTS) {
      fields.add(copy.wire().text(name));
    }
    for (String field : fields) {
      if (field != null) {
        assertEquals(text.xmlSafe(field), field, "XML-carriable");
      }
    }
    assertTrue(copy.headline().length() <= Intake.HEADLINE_CHARS);
    assertTrue(copy.byline() == null || copy.byline().length() <= Intake.BYLINE_CHARS);
    if (copy.link() != null) {
      assertEquals(text.webLink(copy.link()), copy.link(), "a web link");
    }
    if (copy.bodyHtml() != null) {
      assertRunsNothing(copy.bodyHtml());
    }
  }

  /**
   * What feed.EntryCopy and the writers make of stored copy: the body sanitised, or plain text as
   * paragraphs.
   */
  FeedStory rendition(StoryCopy copy, long seed) {
    String html =
        copy.bodyHtml() != null
            ? text.sanitizeHtml(copy.bodyHtml())
            : "<p>" + org.jsoup.nodes.Entities.escape(copy.bodyText()) + "</p>";
    return new FeedStory(
            new UUID(2, seed),
            copy.language(),
            copy.language(),
            copy.headline(),
            copy.summary(),
            html,
            copy.link(),
            copy.byline(),
            copy.versionCreated(),
            NOW,
            copy.subjects(),
            List.of())
        .withRights(copy.wire().rights())
        .withMedia(copy.wire().media());
  }

  void assertRendersWellFormed(FeedStory story) throws Exception {
    URI self = URI.create("https://news.example/feeds/en/all.atom");
    FeedPage page =
        new FeedPage(
            story.language(),
            FeedTopic.ALL,
            "All",
            "All stories",
            self,
            self,
            null,
            null,
            LINKS,
            List.of(story),
            List.of(new Tombstone(new UUID(9, 9), NOW, story.headline(), NOW.plusSeconds(60))),
            NOW);
    for (FeedFormat format : new FeedFormat[] {FeedFormat.ATOM, FeedFormat.RSS}) {
      byte[] body = renderer.render(page, format);
      var doc = strictXml(body);
      String entry = format == FeedFormat.ATOM ? "entry" : "item";
      assertEquals(1, doc.getElementsByTagNameNS("*", entry).getLength(), "the entry is kept");
      String name = format == FeedFormat.ATOM ? "content" : "encoded";
      assertRunsNothing(doc.getElementsByTagNameNS("*", name).item(0).getTextContent());
      if (format == FeedFormat.RSS) {
        assertRunsNothing(doc.getElementsByTagName("description").item(1).getTextContent());
      }
    }
    String json = new String(renderer.render(page, FeedFormat.JSON), StandardCharsets.UTF_8);
    JsonObject item =
        Json.createReader(new StringReader(json))
            .readObject()
            .getJsonArray("items")
            .getJsonObject(0);
    assertRunsNothing(item.getString("content_html"));
    for (String member : new String[] {"image"}) {
      if (item.containsKey(member)) {
        assertEquals(text.webLink(item.getString(member)), item.getString(member));
      }
    }
    if (item.containsKey("attachments")) {
      for (JsonObject attachment : item.getJsonArray("attachments").getValuesAs(JsonObject.class)) {
        assertEquals(text.webLink(attachment.getString("url")), attachment.getString("url"));
      }
    }
    if (item.containsKey("external_url")) {
      assertEquals(text.webLink(item.getString("external_url")), item.getString("external_url"));
    }
    String html = renderer.storyPage(story, LINKS);
    assertEquals(text.xmlSafe(html), html, "the page is carriable text");
    assertRunsNothing(html);
  }

  static org.w3c.dom.Document strictXml(byte[] body) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(body));
  }

  /** Read as a browser would: no script, no event handler, no link or image off the web. */
  void assertRunsNothing(String html) {
    for (Element e : Jsoup.parse(html).getAllElements()) {
      // The one script a page has is its JSON-LD: a data block, which runs nothing.
      boolean data =
          e.normalName().equals("script") && e.attr("type").equals("application/ld+json");
      assertTrue(
          data || (!e.normalName().equals("script") && !e.normalName().equals("iframe")), html);
      for (var attribute : e.attributes()) {
        String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
        assertTrue(!name.startsWith("on"), "event handler in " + html);
        if (name.equals("href") || name.equals("src") || name.equals("cite")) {
          String value = attribute.getValue();
          boolean ours = value.startsWith("https://news.example/");
          assertTrue(ours || text.webLink(value) != null, name + "=" + value + " in " + html);
        }
      }
    }
  }

  /** Random copy and ninjs shapes, hostile on purpose. */
  static final class Shapes {
    static final String[] PIECES = {
      "\u0000",
      "\u0001",
      "\u0007",
      "\u001B",
      "\u007F",
      "\u0085",
      "\u009F",
      "\uD800",
      "\uDBFF",
      "\uDC00",
      "\uFFFE",
      "\uFFFF",
      "\uFDD0",
      "\uFEFF",
      "\u200B",
      "\u200D",
      "\u200E",
      "\u200F",
      "\u202A",
      "\u202E",
      "\u2066",
      "\u2069",
      "\u061C",
      "\u00A0",
      "\u3000",
      "\t",
      "\n",
      "\r",
      "\r\n",
      "\u05E9\u05DC\u05D5\u05DD",
      "\u0645\u0631\u062D\u0628\u0627",
      "\uD83D\uDE00",
      "\uD83D\uDC69\u200D\uD83D\uDCBB",
      "\uD83C\uDDF9\uD83C\uDDFC",
      "芯片",
      "軟體",
      "，",
      "。",
      "e\u0301",
      "\u0344",
      "<",
      ">",
      "&",
      "&amp;",
      "&#0;",
      "&#xFFFF;",
      "\"",
      "'",
      "]]>",
      "<![CDATA[",
      "<!--",
      "<img src=x onerror=alert(1)>",
      "<script>alert(1)</script>",
      "javascript:alert(1)",
      "<a href=\"javascript:alert(1)\">x</a>",
      "\\",
      "\\u0000",
      "{",
      "[",
      " ",
      "  ",
      "Harbour",
      "reopens",
      "word"
    };
    static final String[] LINKS = {
      "https://wire.example/a",
      "http://wire.example/b?c=d&e=f",
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "/relative",
      "relative",
      "//wire.example/x",
      "http:no-host",
      "https://",
      "not a url",
      "http://a b",
      "ftp://x/y",
      "https://wire.example/芯片",
      "http://user@evil.example/",
      "https://wire.example/\u0000",
      "vbscript:x",
      " https://wire.example/padded "
    };
    static final String[] TAGS = {
      "p", "b", "a", "img", "script", "iframe", "div", "blockquote", "svg", "style", "object", "li"
    };
    static final String[] ATTRIBUTES = {
      "href", "src", "onerror", "onclick", "style", "cite", "alt"
    };

    private final SplittableRandom random;

    Shapes(SplittableRandom random) {
      this.random = random;
    }

    String text() {
      StringBuilder out = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        switch (random.nextInt(4)) {
          case 0 ->
              out.appendCodePoint(random.nextInt(0x110000)); // any code point, even lone halves
          case 1 -> out.append((char) random.nextInt(0x10000));
          default -> out.append(PIECES[random.nextInt(PIECES.length)]);
        }
      }
      return out.toString();
    }

    String link() {
      return random.nextInt(4) == 0 ? text() : LINKS[random.nextInt(LINKS.length)];
    }

    String html() {
      StringBuilder out = new StringBuilder();
      int n = random.nextInt(8);
      for (int i = 0; i < n; i++) {
        String tag = TAGS[random.nextInt(TAGS.length)];
        out.append('<').append(tag);
        for (int a = random.nextInt(3); a > 0; a--) {
          String attribute = ATTRIBUTES[random.nextInt(ATTRIBUTES.length)];
          String value = attribute.equals("href") || attribute.equals("src") ? link() : text();
          out.append(' ')
              .append(attribute)
              .append("=\"")
              .append(value.replace("\"", "&quot;"))
              .append('"');
        }
        out.append('>').append(text());
        if (random.nextBoolean()) {
          out.append("</").append(tag).append('>');
        }
      }
      return out.toString();
    }

    <T> T maybe(T value) {
      return random.nextInt(4) == 0 ? null : value;
    }

    String date() {
      return switch (random.nextInt(6)) {
        case 0 -> "0001-01-01T00:00:00Z";
        case 1 -> "9999-12-31T23:59:59Z";
        case 2 -> "nonsense";
        case 3 -> NOW.plusSeconds(random.nextLong(-400L * 86400, 400L * 86400)).toString();
        default -> NOW.minusSeconds(random.nextLong(0, 86400L * 365 * 50)).toString();
      };
    }

    JsonObject ninjs() {
      JsonObjectBuilder json = Json.createObjectBuilder();
      if (random.nextInt(10) > 0) {
        json.add("uri", random.nextBoolean() ? "urn:wire:" + random.nextInt(1000) : text());
      }
      if (random.nextBoolean()) {
        json.add("headline", text());
      } else if (random.nextBoolean()) {
        json.add(
            "headlines",
            Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", text())));
      }
      switch (random.nextInt(4)) {
        case 0 -> json.add("body_text", text() + "\n\n" + text());
        case 1 -> json.add("body_html", html());
        case 2 ->
            json.add(
                "bodies",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("contenttype", "text/html")
                            .add("value", html())));
        default -> {}
      }
      if (random.nextBoolean()) {
        json.add("byline", random.nextInt(20) == 0 ? "b".repeat(600) : text());
      }
      if (random.nextBoolean()) {
        String[] languages = {"en", "zh-Hans", "zh-Hant-TW", "fr", "", "zh"};
        json.add("language", languages[random.nextInt(languages.length)]);
      }
      if (random.nextBoolean()) {
        json.add("versioncreated", date());
      }
      if (random.nextInt(4) == 0) {
        json.add("embargoed", date());
      }
      if (random.nextInt(4) == 0) {
        json.add("pubstatus", random.nextBoolean() ? "usable" : text());
      }
      if (random.nextBoolean()) {
        json.add(
            "links",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("rel", "canonical").add("href", link())));
      }
      if (random.nextBoolean()) {
        JsonArrayBuilder subjects = Json.createArrayBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
          if (random.nextBoolean()) {
            subjects.add(text());
          } else {
            subjects.add(Json.createObjectBuilder().add("code", text()).add("name", text()));
          }
        }
        json.add("subject", subjects);
      }
      if (random.nextInt(3) == 0) {
        // The wire's rights reach every format.
        json.add("copyrightnotice", text());
        if (random.nextBoolean()) {
          json.add("copyrightholder", text());
        }
        if (random.nextBoolean()) {
          json.add("usageterms", text());
        }
      }
      if (random.nextInt(3) == 0) {
        // Pictures: hostile captions, credits and addresses, odd sizes, 1.x's spellings.
        JsonArrayBuilder associations = Json.createArrayBuilder();
        for (int i = random.nextInt(3); i >= 0; i--) {
          JsonObjectBuilder rendition =
              Json.createObjectBuilder().add("href", link()).add("contenttype", "image/jpeg");
          if (random.nextBoolean()) {
            rendition.add("width", random.nextBoolean() ? random.nextInt() : 800);
          }
          if (random.nextInt(6) == 0) {
            rendition.add("height", new java.math.BigDecimal("1e999999999"));
          }
          JsonObjectBuilder picture =
              Json.createObjectBuilder()
                  .add("type", random.nextBoolean() ? "picture" : text())
                  .add(random.nextBoolean() ? "by" : "byline", text())
                  .add("renditions", Json.createArrayBuilder().add(rendition));
          if (random.nextBoolean()) {
            picture.add(
                "descriptions",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("role", "caption").add("value", text()))
                    .add(Json.createObjectBuilder().add("role", "alt").add("value", text())));
          } else {
            picture.add("description_text", text());
          }
          associations.add(picture);
        }
        json.add("associations", associations);
      }
      if (random.nextInt(8) == 0) {
        // A field of the wrong type: refused with a 400, never more.
        json.add(random.nextBoolean() ? "headline" : "byline", random.nextInt());
      }
      return json.build();
    }
  }
}

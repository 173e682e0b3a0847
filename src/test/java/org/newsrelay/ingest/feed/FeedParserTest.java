package org.newsrelay.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  private static final URI BASE = URI.create("https://news.example.com/feeds/main.xml");

  private final FeedParser parser = new FeedParser();

  static byte[] fixture(String name) {
    try (InputStream in = FeedParserTest.class.getResourceAsStream("/ingest/feed/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ParsedFeed parse(String fixture) throws FeedParseException {
    return parser.parse(fixture(fixture), "application/rss+xml", BASE);
  }

  @Test
  void readsAnRss2FeedWithHubAndSelfLinks() throws Exception {
    ParsedFeed feed = parse("rss20.xml");

    assertEquals("rss_2.0", feed.format());
    assertEquals("Wire Service 新闻", feed.title());
    assertEquals("https://news.example.com/news/", feed.link());
    assertEquals("zh-Hans", feed.language());
    assertEquals("https://hub.example.org/", feed.hubUrl());
    assertEquals("https://news.example.com/news/rss.xml", feed.selfUrl());
    assertEquals("UTF-8", feed.charset());
    assertEquals(3, feed.entries().size());

    ParsedEntry first = feed.entries().get(0);
    assertEquals("wire-0001", first.guid());
    assertEquals("First story", first.title());
    assertEquals("https://news.example.com/news/1.html", first.link());
    assertEquals("<p>Body &amp; more</p>", first.summaryHtml());
    assertEquals(List.of("World", "Asia"), first.categories());
    assertEquals("Li Wei", first.author());
    assertEquals(Instant.parse("2025-07-01T10:00:00Z"), first.published());
    assertEquals("zh-Hans", first.language());
  }

  @Test
  void anEntryWithoutGuidIsKnownByItsLinkElseByAHashOfTitleAndDate() throws Exception {
    ParsedFeed feed = parse("rss20.xml");
    ParsedEntry linked = feed.entries().get(1);
    ParsedEntry bare = feed.entries().get(2);

    assertEquals("https://other.example.com/2", linked.guid());
    assertEquals("en", linked.language());
    assertTrue(bare.guid().startsWith("urn:newsrelay:sha256:"), bare.guid());
    assertEquals(bare.guid(), parse("rss20.xml").entries().get(2).guid(), "stable across polls");

    byte[] retitled =
        new String(fixture("rss20.xml"), StandardCharsets.UTF_8)
            .replace("Neither guid nor link", "Another title")
            .getBytes(StandardCharsets.UTF_8);
    String otherGuid = parser.parse(retitled, null, BASE).entries().get(2).guid();
    assertNotEquals(bare.guid(), otherGuid);
  }

  @Test
  void readsAnAtom1FeedHonouringXmlBaseAndXmlLang() throws Exception {
    ParsedFeed feed = parse("atom10.xml");

    assertEquals("atom_1.0", feed.format());
    assertEquals("Example Wire", feed.title());
    assertEquals("en", feed.language());
    assertEquals("https://news.example.com/en/index.html", feed.link());
    assertEquals("https://news.example.com/en/feed.atom", feed.selfUrl());
    assertEquals("https://hub.example.org/websub", feed.hubUrl());

    ParsedEntry hk = feed.entries().get(0);
    assertEquals("tag:news.example.com,2025:1", hk.guid());
    assertEquals("香港新聞", hk.title());
    assertEquals("https://news.example.com/hk/story-1.html", hk.link());
    assertEquals("zh-Hant", hk.language());
    assertEquals("陳大文", hk.author());
    assertEquals(List.of("local"), hk.categories());
    assertEquals("Fish &amp; chips &lt;b&gt; are plain text", hk.summaryHtml());
    assertEquals("<p>Full <em>story</em></p>", hk.contentHtml());
    assertEquals(Instant.parse("2025-07-01T09:00:00Z"), hk.published());
    assertEquals(Instant.parse("2025-07-01T09:30:00Z"), hk.updated());

    ParsedEntry second = feed.entries().get(1);
    assertEquals("en", second.language());
    assertEquals("https://news.example.com/en/story-2.html", second.link());
    assertTrue(second.contentHtml().contains("<b>body</b>"), second.contentHtml());
  }

  @Test
  void readsRss1AndAtom03() throws Exception {
    ParsedFeed rdf = parse("rss10.xml");
    assertEquals("rss_1.0", rdf.format());
    assertEquals("RDF item", rdf.entries().get(0).title());
    assertEquals("http://example.org/1", rdf.entries().get(0).guid());

    ParsedFeed atom03 = parse("atom03.xml");
    assertEquals("atom_0.3", atom03.format());
    assertEquals("http://example.org/", atom03.link());
    assertEquals("tag:example.org,2025:1", atom03.entries().get(0).guid());
    assertEquals(Instant.parse("2025-07-01T09:00:00Z"), atom03.entries().get(0).published());
  }

  @Test
  void anExternalDtdIsIgnoredUnreadAndHtmlEntitiesStillWork() throws Exception {
    ParsedFeed feed = parser.parse(fixture("external-dtd.xml"), null, BASE);

    assertTrue(feed.format().startsWith("rss_0.9"), feed.format());
    assertEquals("Café news", feed.title());
    assertTrue(
        feed.warnings().stream().anyMatch(w -> w.contains("DOCTYPE")), feed.warnings().toString());
  }

  @Test
  void anEntityReadingALocalFileIsRefused() {
    FeedParseException e = assertThrows(FeedParseException.class, () -> parse("xxe-passwd.xml"));
    assertTrue(e.getMessage().startsWith("DOCTYPE not allowed"), e.getMessage());
  }

  @Test
  void billionLaughsIsRefused() {
    FeedParseException e =
        assertThrows(FeedParseException.class, () -> parse("billion-laughs.xml"));
    assertTrue(e.getMessage().startsWith("DOCTYPE not allowed"), e.getMessage());
  }

  @Test
  void aDoctypeHiddenAfterCommentsIsStillFound() {
    String xml =
        "<?xml version='1.0'?><!-- hi --><?pi x?>\n<!DOCTYPE rss [<!ENTITY a 'b'>]>"
            + "<rss version='2.0'><channel><title>&a;</title></channel></rss>";
    FeedParseException e =
        assertThrows(
            FeedParseException.class,
            () -> parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE));
    assertTrue(e.getMessage().startsWith("DOCTYPE not allowed"), e.getMessage());
  }

  @Test
  void aWebPageIsNotAFeed() {
    FeedParseException e =
        assertThrows(
            FeedParseException.class,
            () -> parser.parse(fixture("web-page.html"), "text/html; charset=utf-8", BASE));
    assertTrue(e.getMessage().startsWith("not a feed: XML root element is <html>"), e.getMessage());
  }

  @Test
  void wellFormedXmlThatIsNoFeedSaysWhatItIs() {
    FeedParseException e =
        assertThrows(
            FeedParseException.class,
            () ->
                parser.parse(
                    "<catalog><book/></catalog>".getBytes(StandardCharsets.UTF_8), null, BASE));
    assertTrue(
        e.getMessage().startsWith("not a feed: XML root element is <catalog>"), e.getMessage());
  }

  @Test
  void brokenXmlSaysWhere() {
    FeedParseException e =
        assertThrows(
            FeedParseException.class,
            () ->
                parser.parse(
                    "<rss version='2.0'>\n<channel><title>x</channel></rss>"
                        .getBytes(StandardCharsets.UTF_8),
                    null,
                    BASE));
    assertTrue(e.getMessage().startsWith("not well-formed XML (line 2"), e.getMessage());
  }

  @Test
  void anEmptyBodyIsNotAFeed() {
    FeedParseException e =
        assertThrows(FeedParseException.class, () -> parser.parse(new byte[0], null, BASE));
    assertTrue(e.getMessage().startsWith("empty document"), e.getMessage());
  }

  @Test
  void charactersXmlForbidsAreStrippedNotFatal() throws Exception {
    String xml =
        "<rss version='2.0'><channel><title>Bad\u0001 bell\u0007 &#x1; &#11;title</title>"
            + "<item><title>ok</title><guid>1</guid></item></channel></rss>";

    ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE);

    assertEquals("Bad bell  title", feed.title());
    assertFalse(feed.warnings().isEmpty());
  }

  @Test
  void aFeedWithoutEntriesHasAnEmptyList() throws Exception {
    ParsedFeed feed =
        parser.parse(
            "<rss version='2.0'><channel><title>t</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8),
            null,
            null);
    assertTrue(feed.entries().isEmpty());
    assertNull(feed.hubUrl());
  }

  @Test
  void c1ControlCharactersAreReadAsWindows1252Punctuation() throws Exception {
    String xml =
        "<rss version='2.0'><channel><title>don\u0092t &#147;quote&#148;</title></channel></rss>";

    ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE);

    assertEquals("don\u2019t \u201Cquote\u201D", feed.title());
  }

  @Test
  void rssWithoutVersionOrChannelIsAnEmptyRssFeed() throws Exception {
    ParsedFeed bare = parser.parse("<rss/>".getBytes(StandardCharsets.UTF_8), null, BASE);
    ParsedFeed future =
        parser.parse(
            "<rss version='2.1'><channel><title>t</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8),
            null,
            BASE);

    assertEquals("rss_2.0", bare.format());
    assertTrue(bare.entries().isEmpty());
    assertEquals(2, bare.warnings().size(), bare.warnings().toString());
    assertEquals("t", future.title());
  }

  @Test
  void dublinCoreSubjectsAreCategories() throws Exception {
    String xml =
        "<rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>t</title>"
            + "<item><guid>1</guid><dc:title>DC title</dc:title><dc:subject>Economy</dc:subject>"
            + "<category>Asia</category></item></channel></rss>";

    ParsedEntry entry =
        parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE).entries().get(0);

    assertEquals("DC title", entry.title());
    assertEquals(List.of("Asia", "Economy"), entry.categories());
  }
}

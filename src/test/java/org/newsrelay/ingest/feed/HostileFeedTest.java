package org.newsrelay.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile structure is a parse failure of that document, never a StackOverflowError. */
class HostileFeedTest {
  static final URI BASE = URI.create("https://wire.example/feed.xml");
  static final String ENTRY_START =
      "<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:x:1</id><title>t</title>";

  final FeedParser parser = new FeedParser();

  ParsedFeed parse(String xml) throws FeedParseException {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/atom+xml", BASE);
  }

  @Test
  void anEntryNested20000DeepIsRefused() {
    String deep =
        ENTRY_START
            + "<content type=\"xhtml\">"
            + "<div>".repeat(20_000)
            + "</div>".repeat(20_000)
            + "</content></entry>";
    FeedParseException e = assertThrows(FeedParseException.class, () -> parse(deep));
    assertTrue(e.getMessage().contains("nested"), e.getMessage());
    String foreign =
        ENTRY_START
            + "<x:a xmlns:x=\"urn:x\">".repeat(20_000)
            + "</x:a>".repeat(20_000)
            + "</entry>";
    assertThrows(FeedParseException.class, () -> parse(foreign));
  }

  @Test
  void ordinaryNestingIsRead() throws Exception {
    String xhtml =
        ENTRY_START
            + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
            + "<ul><li><p><b>x</b></p></li></ul><!-- <a><a><a> --><br/><![CDATA[<<<]]>"
            + "</div></content></entry>";
    assertEquals(1, parse(xhtml).entries().size());
  }

  @Test
  void anAtomDateWithNanosecondsIsReadAsWritten() throws Exception {
    String at = "2026-12-01T09:48:11.211608366Z";
    ParsedEntry entry =
        parse(
                ENTRY_START
                    + "<updated>"
                    + at
                    + "</updated><published>2026-12-01T09:00:00+08:00"
                    + "</published></entry>")
            .entries()
            .get(0);
    assertEquals(java.time.Instant.parse(at), entry.updated());
    assertEquals(java.time.Instant.parse("2026-12-01T01:00:00Z"), entry.published());
  }

  @Test
  void thousandsOfLeadingSpacesAreRead() throws Exception {
    assertEquals(1, parse(" ".repeat(5_000) + ENTRY_START + "</entry>").entries().size());
    assertEquals(
        1,
        parse("\n".repeat(5_000) + "<!-- c -->" + " ".repeat(5_000) + ENTRY_START + "</entry>")
            .entries()
            .size());
  }

  @Test
  void aWebPageAfterLeadingSpacesIsStillAWebPage() {
    FeedParseException e =
        assertThrows(
            FeedParseException.class,
            () -> parse(" ".repeat(5_000) + "<html><body>hi</body></html>"));
    assertTrue(e.getMessage().contains("web page"), e.getMessage());
  }
}

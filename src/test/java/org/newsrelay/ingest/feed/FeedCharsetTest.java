package org.newsrelay.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset precedence: byte-order mark, then HTTP charset, then XML declaration, then detection. */
class FeedCharsetTest {

  private static final URI BASE = URI.create("https://news.example.com/feed");
  // 镕 is in GBK but not in GB2312: feeds labelled GB2312 use it all the same (朱镕基).
  private static final String SIMPLIFIED = "朱镕基总理会见记者，谈经济改革与发展";
  private static final String TRADITIONAL = "臺灣新聞：總統府發表聲明，強調兩岸和平穩定";

  private final FeedParser parser = new FeedParser();

  private static String rss(String declaredEncoding, String title) {
    String declaration =
        declaredEncoding == null
            ? ""
            : "<?xml version=\"1.0\" encoding=\"" + declaredEncoding + "\"?>\n";
    return declaration
        + "<rss version=\"2.0\"><channel><title>"
        + title
        + "</title><link>https://news.example.com/</link><description>"
        + title
        + "</description><item><title>"
        + title
        + "</title><guid>1</guid></item></channel></rss>";
  }

  private static byte[] bytes(String text, String charset) {
    return text.getBytes(Charset.forName(charset));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void gb2312LabelledFeedsAreReadAsGb18030() throws Exception {
    ParsedFeed feed = parser.parse(bytes(rss("gb2312", SIMPLIFIED), "GB18030"), null, BASE);

    assertEquals(SIMPLIFIED, feed.title());
    assertEquals("GB18030", feed.charset());
    assertTrue(feed.warnings().isEmpty(), feed.warnings().toString());
  }

  @Test
  void gbkAndGb18030FeedsComeOutRight() throws Exception {
    String withFourByteCharacter = SIMPLIFIED + "𠀀";
    assertEquals(
        SIMPLIFIED, parser.parse(bytes(rss("GBK", SIMPLIFIED), "GBK"), null, BASE).title());
    assertEquals(
        withFourByteCharacter,
        parser.parse(bytes(rss("GB18030", withFourByteCharacter), "GB18030"), null, BASE).title());
  }

  @Test
  void big5FeedsComeOutRight() throws Exception {
    ParsedFeed feed = parser.parse(bytes(rss("big5", TRADITIONAL), "Big5"), null, BASE);

    assertEquals(TRADITIONAL, feed.title());
    assertEquals("Big5", feed.charset());
  }

  @Test
  void utf16WithAndWithoutByteOrderMark() throws Exception {
    byte[] littleEndianWithMark =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(rss("UTF-16", TRADITIONAL), "UTF-16LE"));
    byte[] bigEndianUnmarked = bytes(rss("UTF-16", SIMPLIFIED), "UTF-16BE");

    ParsedFeed little = parser.parse(littleEndianWithMark, null, BASE);
    ParsedFeed big = parser.parse(bigEndianUnmarked, null, BASE);

    assertEquals(TRADITIONAL, little.title());
    assertEquals("UTF-16LE", little.charset());
    assertEquals(SIMPLIFIED, big.title());
    assertEquals("UTF-16BE", big.charset());
  }

  @Test
  void theHttpCharsetBeatsTheXmlDeclaration() throws Exception {
    byte[] gbk = bytes(rss("ISO-8859-1", SIMPLIFIED), "GBK");

    ParsedFeed feed = parser.parse(gbk, "application/rss+xml; charset=\"gbk\"", BASE);

    assertEquals(SIMPLIFIED, feed.title());
  }

  @Test
  void aBogusHttpCharsetFallsBackToTheDeclaration() throws Exception {
    byte[] body = bytes(rss("gb2312", SIMPLIFIED), "GB18030");

    ParsedFeed feed = parser.parse(body, "text/xml; charset=no-such-charset-42", BASE);

    assertEquals(SIMPLIFIED, feed.title());
    assertTrue(
        feed.warnings().stream().anyMatch(w -> w.contains("no-such-charset-42")),
        feed.warnings().toString());
  }

  @Test
  void aBogusDeclaredCharsetDoesNotCrash() throws Exception {
    byte[] body = bytes(rss("x-bogus-encoding", "Plain title"), "US-ASCII");

    ParsedFeed feed = parser.parse(body, null, BASE);

    assertEquals("Plain title", feed.title());
    assertTrue(
        feed.warnings().stream().anyMatch(w -> w.contains("x-bogus-encoding")),
        feed.warnings().toString());
  }

  @Test
  void aByteOrderMarkThatContradictsTheDeclarationWins() throws Exception {
    byte[] utf8WithMark =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            bytes(rss("GB2312", TRADITIONAL), "UTF-8"));
    byte[] utf16WithMark =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(rss("UTF-8", SIMPLIFIED), "UTF-16LE"));

    ParsedFeed fromUtf8 = parser.parse(utf8WithMark, null, BASE);
    ParsedFeed fromUtf16 = parser.parse(utf16WithMark, null, BASE);

    assertEquals(TRADITIONAL, fromUtf8.title());
    assertEquals("UTF-8", fromUtf8.charset());
    assertTrue(
        fromUtf8.warnings().stream().anyMatch(w -> w.contains("byte-order mark")),
        fromUtf8.warnings().toString());
    assertEquals(SIMPLIFIED, fromUtf16.title());
  }

  @Test
  void invalidUtf8BecomesReplacementCharactersWithAWarning() throws Exception {
    byte[] body =
        concat(
            bytes(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>ab",
                "UTF-8"),
            new byte[] {(byte) 0xFF, (byte) 0xC3},
            bytes("cd</title></channel></rss>", "UTF-8"));

    ParsedFeed feed = parser.parse(body, null, BASE);

    assertTrue(feed.title().startsWith("ab\uFFFD"), feed.title());
    assertTrue(feed.title().endsWith("cd"), feed.title());
    assertTrue(
        feed.warnings().stream().anyMatch(w -> w.contains("U+FFFD")), feed.warnings().toString());
  }

  @Test
  void withNoLabelAtAllTheDetectorDecides() throws Exception {
    String longer = (SIMPLIFIED + "。国务院新闻办公室今天举行发布会，介绍上半年国民经济运行情况。").repeat(3);
    ParsedFeed feed = parser.parse(bytes(rss(null, longer), "GB18030"), null, BASE);

    assertEquals(longer, feed.title());
    assertTrue(
        feed.warnings().stream().anyMatch(w -> w.contains("detected")), feed.warnings().toString());
  }

  @Test
  void unlabelledUtf8NeedsNoGuessing() throws Exception {
    ParsedFeed feed = parser.parse(bytes(rss(null, TRADITIONAL), "UTF-8"), null, BASE);

    assertEquals(TRADITIONAL, feed.title());
    assertEquals(StandardCharsets.UTF_8.name(), feed.charset());
    assertTrue(feed.warnings().isEmpty(), feed.warnings().toString());
  }
}

package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The query the application sees is the one sent, as a URI's query may hold it. */
class QueryStringsTest {
  /** Undertow keeps a request line's query one char per byte. */
  private static String asSent(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static String value(String query) {
    // What a URI-based reader (RESTEasy) gets back: the query must parse, then decode.
    String parsed = URI.create("http://h/p?" + query).getRawQuery();
    return URLDecoder.decode(parsed.substring(parsed.indexOf('=') + 1), StandardCharsets.UTF_8);
  }

  @Test
  void aQueryAlreadyEncodedIsKeptAsItIs() {
    String query = "q=chip%20maker&lang=en&cursor=a.b-c_d~&x=%E7%BB%8F+%26";
    assertSame(query, QueryStrings.forUri(query));
  }

  @Test
  void encodedSeparatorsStayEncoded() {
    assertEquals("AT&T", value(QueryStrings.forUri("q=AT%26T")));
    assertEquals("c++", value(QueryStrings.forUri("q=c%2B%2B")));
    assertEquals("a b", value(QueryStrings.forUri("q=a+b")));
  }

  @Test
  void rawUtf8IsPercentEncodedByteForByte() {
    assertEquals("q=z%C3%BCrich%E7%BB%8F%E6%B5%8E", QueryStrings.forUri(asSent("q=zürich经济")));
    assertEquals("zürich经济", value(QueryStrings.forUri(asSent("q=zürich经济"))));
  }

  @Test
  void whatAQueryMayNotHoldIsEscaped() {
    assertEquals(
        "q=%22chip%22%7Ca%20b%5B%5D%3C%3E%5E%60%7B%7D%5C",
        QueryStrings.forUri("q=\"chip\"|a b[]<>^`{}\\"));
    assertEquals("\"chip\"|a b", value(QueryStrings.forUri("q=\"chip\"|a b")));
  }

  @Test
  void aPercentThatStartsNoEscapeIsItself() {
    assertEquals("q=100%25", QueryStrings.forUri("q=100%"));
    assertEquals("q=%25zz%25a", QueryStrings.forUri("q=%zz%a"));
    assertEquals("%zz%a", value(QueryStrings.forUri("q=%zz%a")));
  }

  @Test
  void aCharacterBeyondOneByteIsEncodedAsUtf8() {
    assertEquals("q=%E7%BB%8F", QueryStrings.forUri("q=经"));
  }
}

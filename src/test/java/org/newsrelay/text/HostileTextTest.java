package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What XML cannot carry, links that are not web links, and markup that runs: out at the door. */
class HostileTextTest {
  final TextEngine text = TextEngine.standard();

  @Test
  void xmlSafeRemovesWhatXmlCannotCarry() {
    assertEquals("ab", text.xmlSafe("a\u0000b"));
    assertEquals("Jane Doe", text.xmlSafe("Jane\u0007 Doe"));
    assertEquals("Harbour reopens", text.xmlSafe("Harbour\uFFFF reopens"));
    assertEquals("ab", text.xmlSafe("a\uFFFEb"));
    assertEquals("ab", text.xmlSafe("a\uFDD0b"));
    assertEquals("ab", text.xmlSafe("a" + new String(Character.toChars(0x1FFFF)) + "b"));
    assertEquals("ab", text.xmlSafe("a\uD800b"));
    assertEquals("ab", text.xmlSafe("a\uDC00b"));
    assertEquals("ab", text.xmlSafe("a\u0085b"));
    assertEquals("ab", text.xmlSafe("a\u007Fb"));
    assertEquals("abc", text.xmlSafe("a\u202Eb\u2066c"));
    assertNull(text.xmlSafe(null));
  }

  @Test
  void xmlSafeKeepsWhatCopyNeeds() {
    String copy =
        "Tab\there\nline\r\n"
            + "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627\u200F"
            + " \uD83D\uDC69\u200D\uD83D\uDCBB 芯片 e\u0301 \u00A0\u3000";
    assertEquals(copy, text.xmlSafe(copy));
  }

  @Test
  void onlyAbsoluteWebLinksStay() {
    assertEquals("https://wire.example/a?b=c#d", text.webLink(" https://wire.example/a?b=c#d "));
    assertEquals("HTTP://wire.example/", text.webLink("HTTP://wire.example/"));
    assertEquals("https://wire.example/%E8%8A%AF", text.webLink("https://wire.example/芯"));
    for (String bad :
        new String[] {
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          " javascript:alert(1)",
          "data:text/html;base64,PHNjcmlwdD4=",
          "/relative/path",
          "relative",
          "//wire.example/no-scheme",
          "http:no-host",
          "https://",
          "not a url",
          "http://wire.example/a b",
          "http://wire.example/\u0000",
          "http://bank.example@evil.example/",
          "ftp://wire.example/file",
          "vbscript:msgbox",
          "http://[::1",
          "https://wire.example/" + "a".repeat(2100),
          ""
        }) {
      assertNull(text.webLink(bad), bad);
    }
    assertNull(text.webLink(null));
  }

  @Test
  void sanitisedHtmlKeepsOnlyWebLinksAndHttpsImages() {
    String html =
        text.sanitizeHtml(
            "<p><a href=\"javascript:alert(1)\">a</a> <a href=\"data:text/html,x\">b</a>"
                + " <a href=\"/relative\">c</a> <a href=\"http:foo\">d</a>"
                + " <a href=\"https://wire.example/ok\">e</a></p>"
                + "<img src=\"x\" onerror=\"alert(1)\"><img src=\"http://wire.example/i.jpg\">"
                + "<img src=\"https://wire.example/i.jpg\" onerror=\"alert(1)\" alt=\"pic\">"
                + "<script>alert(1)</script><p onclick=\"x()\">t\uFFFF\u0001</p>");
    assertFalse(html.contains("javascript"), html);
    assertFalse(html.contains("data:"), html);
    assertFalse(html.contains("/relative"), html);
    assertFalse(html.contains("http:foo"), html);
    assertFalse(html.contains("onerror"), html);
    assertFalse(html.contains("onclick"), html);
    assertFalse(html.contains("script"), html);
    assertFalse(html.contains("http://wire.example/i.jpg"), html);
    assertFalse(html.contains("\uFFFF") || html.contains("\u0001"), html);
    assertTrue(html.contains("<a href=\"https://wire.example/ok\">e</a>"), html);
    assertTrue(html.contains("<img src=\"https://wire.example/i.jpg\" alt=\"pic\">"), html);
  }

  @Test
  void normalizeDropsNoncharacters() {
    assertEquals("Harbour reopens", text.normalize("Harbour \uFFFFreopens", null).text());
    assertEquals(
        "ab", text.normalize("a" + new String(Character.toChars(0x10FFFE)) + "b", null).text());
  }
}

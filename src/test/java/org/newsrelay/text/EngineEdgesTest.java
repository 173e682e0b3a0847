package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineEdgesTest {
  private final TextEngine engine = TextEngine.standard();
  private static final String ZH = "人工智能软件在香港和台湾的新闻里。";

  @Test
  void declaredCharsetIsHonoured() {
    Decoded d = engine.decode(ZH.getBytes(Charset.forName("GBK")), "GBK");
    assertEquals(ZH, d.text());
  }

  @Test
  void undeclaredCharsetsAreDetected() {
    assertEquals(ZH, engine.decode(ZH.getBytes(StandardCharsets.UTF_8), null).text());
    String big5 = "軟體在臺灣的新聞報導裡經常出現，資訊科技產業持續發展。";
    assertEquals(big5, engine.decode(big5.getBytes(Charset.forName("Big5")), null).text());
    assertEquals("Café", engine.decode("Café".getBytes(StandardCharsets.UTF_16LE), null).text());
  }

  @Test
  void badBytesBecomeReplacementCharactersAndAWarningNeverAnException() {
    Decoded d = engine.decode(new byte[] {'a', (byte) 0xC3, 'b'}, "UTF-8");
    assertTrue(d.text().contains("\uFFFD") || !d.warnings().isEmpty(), d.toString());
    assertEquals("", engine.decode(new byte[0], "no-such-charset").text());
  }

  @Test
  void sanitiserKeepsTheAllowlistOnly() {
    assertEquals(
        "<p><a href=\"https://a.example/\">x</a><img src=\"https://i.example/p.jpg\"></p>",
        engine.sanitizeHtml(
            "<p><a href=\"https://a.example/\" onclick=\"x\">x</a><img src=\"http://i.example/q.jpg\">"
                + "<img src=\"https://i.example/p.jpg\"><iframe src=x></iframe></p>"));
  }

  @Test
  void slugsAreAsciiThroughHanLatin() {
    assertEquals("ren-gong-zhi-neng", engine.slug("人工智能"));
    assertEquals("deepseek-ren-gong-zhi-hui", engine.slug("DeepSeek 人工智慧"));
  }

  @Test
  void chineseListsSortByPinyinOrByStrokes() {
    List<String> names = new ArrayList<>(List.of("王", "一", "阿"));
    names.sort(engine.collator("zh-Hans"));
    assertEquals(List.of("阿", "王", "一"), names);
    names.sort(engine.collator("zh-Hant"));
    assertEquals(List.of("一", "王", "阿"), names);
  }

  @Test
  void detectionTellsScriptAndRegion() {
    assertEquals("zh-Hans", engine.detect(ZH).variant());
    assertEquals("zh-Hant-TW", engine.detect("這款伺服器安裝了人工智慧軟體。").variant());
    assertEquals("zh-Hant-HK", engine.detect("佢哋話呢個軟件好難用，冇人識得。").variant());
    assertEquals("en", engine.detect("Silicon Valley insiders question DeepSeek.").variant());
  }

  @Test
  void truncationNeverSplitsASurrogatePairOrAWord() {
    String s = engine.truncate("𠀀𠀀𠀀 abc defghij", 6);
    assertTrue(s.length() <= 6 && !Character.isHighSurrogate(s.charAt(s.length() - 2)), s);
    assertEquals("Former U.S.…", engine.truncate("Former U.S. President Donald Trump", 13));
  }

  @Test
  void badInputIsAnsweredNotThrown() {
    assertEquals("", engine.convert("", "zh-Hans", "zh-Hant"));
    assertEquals("abc", engine.convert("abc", "zh-Hans", "zh-Hans"));
    assertEquals("\uD800中", engine.convert("\uD800中", "zh-Hant", "zh-Hans"));
    assertThrows(UnknownTagException.class, () -> engine.normalize("x", "fr"));
    assertThrows(UnknownTagException.class, () -> engine.convert("x", "zh-TW", "zh-Hans"));
    String big = "人工智能软件。".repeat(1_500_000);
    assertEquals(big.length(), engine.convert(big, "zh-Hans", "zh-Hant").length());
    assertEquals("", engine.headline(null, 10));
  }
}

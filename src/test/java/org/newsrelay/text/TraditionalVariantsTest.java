package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conversions between the Traditional variants: Taiwan (zh-Hant-TW), Hong Kong (zh-Hant-HK) and
 * zh-Hant (Taiwan's glyphs, the writer's vocabulary), each way: to zh-Hant only glyphs change; from
 * zh-Hant, mainland words become the region's; between the regions, words go directly.
 */
class TraditionalVariantsTest {
  private final TextEngine engine = TextEngine.standard();

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Taiwan and Hong Kong vocabulary, both ways
          zh-Hant-TW | zh-Hant-HK | 計程車司機用軟體傳簡訊。 | 的士司機用軟件傳短訊。
          zh-Hant-HK | zh-Hant-TW | 的士司機用軟件傳短訊。 | 計程車司機用軟體傳簡訊。
          zh-Hant-HK | zh-Hant-TW | 他坐的士去買雪糕，用手提電腦上網。 | 他坐計程車去買冰淇淋，用筆記型電腦上網。
          zh-Hant-TW | zh-Hant-HK | 他坐計程車去買冰淇淋，用筆記型電腦上網。 | 他坐的士去買雪糕，用手提電腦上網。
          zh-Hant-TW | zh-Hant-HK | 川普與普丁在雪梨會面。 | 特朗普與普京在悉尼會面。
          zh-Hant-HK | zh-Hant-TW | 特朗普與普京在悉尼會面。 | 川普與普丁在雪梨會面。
          # zh-Hant keeps mainland words in Taiwan's glyphs
          zh-Hant    | zh-Hant-TW | 出租車司機用手機上網，網絡信息顯示芯片短缺。 | 計程車司機用手機上網，網路資訊顯示晶片短缺。
          zh-Hant    | zh-Hant-HK | 出租車司機收到一條短信。 | 的士司機收到一條短訊。
          # zh-Hant keeps a Taiwan or Hong Kong writer's words: only glyphs change
          zh-Hant-TW | zh-Hant    | 計程車司機用手機上網，網路資訊顯示晶片短缺。 | 計程車司機用手機上網，網路資訊顯示晶片短缺。
          zh-Hant-HK | zh-Hant    | 的士司機收到一條短訊，説巴士停駛。 | 的士司機收到一條短訊，說巴士停駛。
          # between the regions, a word neither table pairs stays the writer's (晶片, 資料), never the mainland's
          zh-Hant-TW | zh-Hant-HK | 隨身碟裡的晶片資料外洩。 | USB手指裏的晶片資料外泄。
          zh-Hant-HK | zh-Hant-TW | 巴士與電單車相撞，的士司機受傷。 | 公車與機車相撞，計程車司機受傷。
          # Glyphs: Taiwan's 著 (zhe) is Hong Kong's 着; 著名 keeps 著; Hong Kong's 説 and 綫 are Taiwan's 說 and 線
          zh-Hant-TW | zh-Hant-HK | 他看著這位著名作家。 | 他看着這位著名作家。
          zh-Hant-HK | zh-Hant-TW | 他看着這位著名作家，説起熱綫。 | 他看著這位著名作家，說起熱線。
          zh-Hant    | zh-Hant-HK | 原著作者裡外忙著。 | 原著作者裏外忙着。
          """)
  void convertsBetweenTraditionalVariants(String from, String to, String in, String expected) {
    assertEquals(expected, engine.convert(in, from, to));
  }

  @ParameterizedTest(name = "zh-Hans -> zh-Hant-HK: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          出租车司机在网络上看视频。 | 的士司機在網絡上看視頻。
          政府推动信息技术发展。 | 政府推動資訊科技發展。
          他用U盘拷贝了数据，还发了短信。 | 他用USB手指拷貝了數據，還發了短訊。
          新西兰的悉尼游客买了冰淇淋和三明治。 | 新西蘭的悉尼遊客買了雪糕和三文治。
          笔记本电脑的内存和硬盘都坏了。 | 手提電腦的記憶體和硬碟都壞了。
          他骑自行车去幼儿园。 | 他騎單車去幼稚園。
          """)
  void hongKongVocabulary(String in, String expected) {
    assertEquals(expected, engine.convert(in, "zh-Hans", "zh-Hant-HK"));
  }

  @ParameterizedTest(name = "zh-Hant-HK -> zh-Hans: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          的士司機在網絡上看視頻。 | 出租车司机在网络上看视频。
          政府推動資訊科技發展。 | 政府推动信息技术发展。
          他騎單車去幼稚園。 | 他骑自行车去幼儿园。
          """)
  void hongKongVocabularyBack(String in, String expected) {
    assertEquals(expected, engine.convert(in, "zh-Hant-HK", "zh-Hans"));
  }
}

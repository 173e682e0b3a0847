package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one form topic rules and near-duplicate fingerprints compare: the same story from Taiwan,
 * Hong Kong or the mainland folds alike, whichever tag it came with.
 */
class FoldTest {
  private final TextEngine engine = TextEngine.standard();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          zh-Hant-TW | 計程車司機用晶片軟體。 | 出租车司机用芯片软件。
          zh-Hant-HK | 的士司機用芯片軟件。 | 出租车司机用芯片软件。
          zh-Hant    | 的士司機用晶片軟體。 | 出租车司机用芯片软件。
          zh-Hans    | 出租车司机用芯片软件。 | 出租车司机用芯片软件。
          zh-Hant-HK | 他説巴士站在綫路旁。 | 他说公交车站在线路旁。
          """)
  void foldsEveryRegionToOneForm(String tag, String copy, String folded) {
    assertEquals(folded, engine.fold(copy, tag));
  }
}

package org.newsrelay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The newsroom's conversion traps (copied from shared/samples/zh-convert-dev.tsv). */
class ConversionTrapsTest {
  private final TextEngine engine = TextEngine.standard();

  @Test
  void everyDevelopmentTrapIsConvertedAsTheNewsroomExpects() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String line : fixture("text/zh-convert-dev.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      String actual = engine.convert(f[2], f[0], f[1]);
      if (!Arrays.asList(f[3].split("\\|")).contains(actual)) {
        wrong.add(f[0] + "->" + f[1] + ": " + f[2] + " => " + actual + " (expected " + f[3] + ")");
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void surnamesKeepTheirCharacterBeforeATitle() {
    assertEquals("范先生、于先生、余先生和鍾先生", engine.convert("范先生、于先生、余先生和钟先生", "zh-Hans", "zh-Hant"));
  }

  @Test
  void theSameCharactersAsOrdinaryWordsStillConvert() {
    assertEquals("其餘的範圍在於鐘錶", engine.convert("其余的范围在于钟表", "zh-Hans", "zh-Hant"));
  }

  @Test
  void convertingTwiceEqualsConvertingOnce() {
    String once = engine.convert("这款服务器安装了人工智能软件，排序算法很重要。", "zh-Hans", "zh-Hant-TW");
    assertEquals(once, engine.convert(once, "zh-Hans", "zh-Hant-TW"));
  }

  @Test
  void traditionalTextSentAsSimplifiedIsLeftAlone() {
    String traditional = "皇后在乾隆年間的頭髮";
    assertEquals(traditional, engine.convert(traditional, "zh-Hans", "zh-Hant"));
  }

  static List<String> fixture(String resource) throws IOException {
    try (InputStream in =
        ConversionTrapsTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}

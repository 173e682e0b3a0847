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

/**
 * The newsroom's conversion traps: the development set (copied from
 * shared/samples/zh-convert-dev.tsv), which must all pass, and our own news-style set
 * (zh-convert-news.tsv, the same kinds of trap as the held-out set), whose rate is printed and must
 * reach the held-out target of 95%.
 */
class ConversionTrapsTest {
  private static final double HELD_OUT_TARGET = 95.0;

  private final TextEngine engine = TextEngine.standard();

  @Test
  void everyDevelopmentTrapIsConvertedAsTheNewsroomExpects() throws IOException {
    List<String> wrong = misses("text/zh-convert-dev.tsv");
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void newsTrapsReachTheHeldOutTarget() throws IOException {
    List<String> wrong = misses("text/zh-convert-news.tsv");
    int total = cases("text/zh-convert-news.tsv").size();
    double rate = 100.0 * (total - wrong.size()) / total;
    wrong.forEach(w -> System.out.println("MISS: " + w));
    System.out.printf("News traps %d/%d = %.2f%%%n", total - wrong.size(), total, rate);
    assertTrue(total >= 40, "the news set has " + total + " cases");
    assertTrue(rate >= HELD_OUT_TARGET, String.join("\n", wrong));
  }

  /** Converting the output again, from the source tag, changes nothing. */
  @Test
  void convertingTwiceEqualsConvertingOnceOnEveryTrap() throws IOException {
    List<String> unstable = new ArrayList<>();
    for (String file : List.of("text/zh-convert-dev.tsv", "text/zh-convert-news.tsv")) {
      for (String[] f : cases(file)) {
        String once = engine.convert(f[2], f[0], f[1]);
        String twice = engine.convert(once, f[0], f[1]);
        if (!twice.equals(once)) {
          unstable.add(f[0] + "->" + f[1] + ": " + once + " => " + twice);
        }
      }
    }
    assertEquals(List.of(), unstable);
  }

  private List<String> misses(String resource) throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String[] f : cases(resource)) {
      String actual = engine.convert(f[2], f[0], f[1]);
      if (!Arrays.asList(f[3].split("\\|")).contains(actual)) {
        wrong.add(f[0] + "->" + f[1] + ": " + f[2] + " => " + actual + " (expected " + f[3] + ")");
      }
    }
    return wrong;
  }

  private static List<String[]> cases(String resource) throws IOException {
    List<String[]> cases = new ArrayList<>();
    for (String line : fixture(resource)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        cases.add(line.split("\t"));
      }
    }
    return cases;
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

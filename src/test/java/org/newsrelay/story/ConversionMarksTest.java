package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.ConversionMarks.Run;

class ConversionMarksTest {

  @Test
  void marksEachConvertedWordWithItsOriginal() {
    assertEquals(
        List.of(new Run("新", null), new Run("軟體", "软件"), new Run("发布", null)),
        ConversionMarks.between("新软件发布", "新軟體发布"));
  }

  @Test
  void wordsOfAnotherLengthFallBackIntoStep() {
    assertEquals(
        List.of(new Run("坐", null), new Run("的士", "出租车"), new Run("上班。", null)),
        ConversionMarks.between("坐出租车上班。", "坐的士上班。"));
  }

  @Test
  void changeAtTheEnd() {
    assertEquals(
        List.of(new Run("中国", null), new Run("經濟", "经济")), ConversionMarks.between("中国经济", "中国經濟"));
  }

  @Test
  void unchangedTextIsOneRun() {
    assertEquals(
        List.of(new Run("Harbour reopens", null)),
        ConversionMarks.between("Harbour reopens", "Harbour reopens"));
  }

  @Test
  void everyCharacterOfTheConvertedTextIsKept() {
    String original = "台积电晶片出货创新高，软件与硬件齐涨；出租车司机说：好。".repeat(20);
    String converted = "台積電晶片出貨創新高，軟體與硬體齊漲；計程車司機說：好。".repeat(20);
    StringBuilder joined = new StringBuilder();
    StringBuilder originals = new StringBuilder();
    for (Run run : ConversionMarks.between(original, converted)) {
      joined.append(run.text());
      originals.append(run.changed() ? run.original() : run.text());
    }
    assertEquals(converted, joined.toString());
    assertEquals(original, originals.toString());
  }
}

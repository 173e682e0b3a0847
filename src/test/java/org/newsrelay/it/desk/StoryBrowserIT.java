package org.newsrelay.it.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Accounts;
import org.newsrelay.it.support.Editor;
import org.newsrelay.it.support.Wire;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A story at the desk in a real browser: a Chinese story's variants side by side with what
 * conversion changed marked and its picture's caption in each; a translation linked, a duplicate
 * merged and a pin made by typing words of a headline or a name, never an id.
 */
class StoryBrowserIT extends BrowserIT {

  @BeforeEach
  void open() {
    editor = accounts.editor("story-editor");
  }

  /** The run's marker in Chinese numerals and stems, so that a search for it reads as Chinese. */
  static String chinese(String marker) {
    StringBuilder out = new StringBuilder();
    marker.chars().forEach(c -> out.append("零一二三四五六七八九甲乙丙丁戊己".charAt(Character.digit(c, 16))));
    return out.toString();
  }

  private WebElement column(String tag) {
    return browser.findElement(By.cssSelector(".rendition[data-lang='" + tag + "']"));
  }

  @Test
  void aChineseStorysVariantsStandSideBySideWithTheChangesMarked() {
    String code = chinese(Accounts.unique());
    String caption = "货轮驶入港口" + code;
    String id =
        accounts
            .wire("story-chinese")
            .pushStored(
                Wire.story(
                        "zh-Hans",
                        "台湾软件公司发布新芯片" + code,
                        "这家软件公司今天在台北发布新芯片，出租车司机也来围观。编号" + code + "。",
                        Instant.now())
                    .add(
                        "associations",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("type", "picture")
                                    .add("by", "记者 李明 摄")
                                    .add(
                                        "descriptions",
                                        Json.createArrayBuilder()
                                            .add(
                                                Json.createObjectBuilder()
                                                    .add("role", "caption")
                                                    .add("value", caption))
                                            .add(
                                                Json.createObjectBuilder()
                                                    .add("role", "alt")
                                                    .add("value", "一艘货轮")))
                                    .add(
                                        "renditions",
                                        Json.createArrayBuilder()
                                            .add(
                                                Json.createObjectBuilder()
                                                    .add("href", "https://img.example.com/ship.jpg")
                                                    .add("contenttype", "image/jpeg")
                                                    .add("width", 1200)
                                                    .add("height", 800))))));

    DeskBrowser.signIn(browser, base, editor.username());
    DeskBrowser.go(browser, "story/" + id);
    DeskBrowser.visible(browser, By.cssSelector(".rendition[data-lang='zh-Hant-HK']"));
    List<WebElement> columns = browser.findElements(By.cssSelector("#renditions .rendition"));
    assertEquals(
        List.of("zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"),
        columns.stream().map(c -> c.getAttribute("data-lang")).toList(),
        "the original first, then each variant");
    int top = columns.get(0).getLocation().getY();
    for (int i = 1; i < columns.size(); i++) {
      assertEquals(top, columns.get(i).getLocation().getY(), "side by side, not one under another");
      assertTrue(
          columns.get(i).getLocation().getX() > columns.get(i - 1).getLocation().getX(),
          "in a row");
    }
    assertTrue(
        column("zh-Hans").findElements(By.cssSelector("mark.changed")).isEmpty(),
        "the original has nothing changed");
    // Taiwan's vocabulary: 软件 became 軟體, and the mark says what it was.
    WebElement software =
        column("zh-Hant-TW").findElements(By.cssSelector(".headline mark.changed")).stream()
            .filter(m -> m.getText().contains("軟體"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(column("zh-Hant-TW").getText()));
    assertTrue(software.getAttribute("data-original").contains("软件"));
    assertTrue(software.getAttribute("title").contains("软件"), "the original on hover");
    assertFalse(column("zh-Hant-HK").findElements(By.cssSelector(".body mark.changed")).isEmpty());
    // Each variant's caption, converted as partners receive it.
    for (String tag : List.of("zh-Hans", "zh-Hant-TW", "zh-Hant-HK")) {
      String expected = tag.equals("zh-Hans") ? caption : converted(caption, tag);
      assertEquals(
          expected,
          column(tag).findElement(By.cssSelector("figure.picture figcaption .caption")).getText(),
          tag);
    }
    // The alt text, converted too: on the picture, or beside the address of one its host did not
    // serve (img.example.com serves nothing).
    String alt = converted("一艘货轮", "zh-Hant-TW");
    WebElement picture = column("zh-Hant-TW").findElement(By.cssSelector("figure.picture"));
    List<WebElement> image = picture.findElements(By.tagName("img"));
    assertEquals(
        alt,
        image.isEmpty()
            ? picture
                .findElement(By.cssSelector(".picture-missing .alt"))
                .getText()
                .replaceFirst(".*: ", "")
            : image.get(0).getAttribute("alt"));
    DeskBrowser.waiting(browser)
        .until(b -> b.findElement(By.id("history")).getText().contains("Received"));
    DeskBrowser.keep(browser, "story-chinese");
  }

  @Test
  void linkingATranslationMergingAndPinningAreDoneByTypingWords() {
    String marker = Accounts.unique();
    String code = chinese(marker);
    Wire wire = accounts.wire("story-links");
    String english = wire.publish(Wire.english("Chip exports hit a record " + marker));
    String story =
        wire.publish(
            Wire.story(
                "zh-Hans",
                "芯片出口创下纪录" + code,
                "海关今天公布，芯片出口金额创下历史纪录，半导体厂商订单饱满。" + code,
                Instant.now()));
    String duplicate =
        accounts
            .wire("story-links-other")
            .publish(
                Wire.story(
                    "zh-Hant-TW",
                    "晶片出口再創新高" + code,
                    "財政部統計處指出，電子零組件外銷大幅成長，港口貨櫃量也增加。" + code,
                    Instant.now()));
    String slug = "chips-" + marker;
    assertEquals(
        201,
        editor
            .createTopic(
                Json.createObjectBuilder()
                    .add("slug", slug)
                    .add(
                        "names",
                        Json.createObjectBuilder()
                            .add("en", "Chips " + marker)
                            .add("zh-Hans", "芯片" + code))
                    .add(
                        "rules",
                        Json.createObjectBuilder()
                            .add("include", Json.createArrayBuilder().add("芯片" + code))))
            .statusCode());

    DeskBrowser.signIn(browser, base, editor.username());
    DeskBrowser.go(browser, "story/" + story);
    WebElement translation = DeskBrowser.visible(browser, By.id("translation-picker"));
    translation.sendKeys("record " + marker);
    DeskBrowser.visible(
            browser, By.cssSelector("#translation-picker-options li[data-value='" + english + "']"))
        .click();
    browser.findElement(By.id("link-translation")).click();
    DeskBrowser.visible(browser, By.cssSelector("#translations li[data-story='" + english + "']"));
    assertEquals(List.of(english), editor.translations(story));

    // The duplicate is Traditional with Taiwan's words; typed in Simplified, it is found.
    WebElement merge = DeskBrowser.visible(browser, By.id("merge-picker"));
    merge.sendKeys("芯片出口再创新高" + code);
    DeskBrowser.visible(
            browser, By.cssSelector("#merge-picker-options li[data-value='" + duplicate + "']"))
        .click();
    browser.findElement(By.id("merge")).click();
    DeskBrowser.visible(browser, By.cssSelector("#cluster li[data-story='" + duplicate + "']"));
    Editor admin = new Editor(http, "admin");
    assertEquals(
        admin.story(story).getString("cluster"), admin.story(duplicate).getString("cluster"));

    // A topic by its name in Taiwan's words (晶片), though it was named in Simplified (芯片).
    WebElement topic = DeskBrowser.visible(browser, By.id("pin-topic"));
    topic.sendKeys("晶片" + code);
    DeskBrowser.visible(browser, By.cssSelector("#pin-topic-options li[data-value='" + slug + "']"))
        .click();
    browser.findElement(By.id("pin")).click();
    DeskBrowser.waiting(browser)
        .until(
            b ->
                b.findElements(By.cssSelector("#story-topics .tag.pinned")).stream()
                    .anyMatch(p -> p.getText().startsWith(slug)));
    assertTrue(
        DeskBrowser.visible(browser, By.id("history")).getText().contains("Translation linked"));
    DeskBrowser.keep(browser, "story-links");
  }

  /**
   * Look-alikes offered before anything is typed: a story with much the same headline that
   * clustering left apart (its copy differs) is offered as a near miss, and merged from there; a
   * Chinese story sharing the English headline's name is offered as a translation.
   */
  @Test
  void aNearMissIsOfferedAndMergedThroughThePicker() {
    String marker = Accounts.unique();
    Wire wire = accounts.wire("story-near");
    Instant now = Instant.now();
    String story =
        wire.publish(
            Wire.story(
                "en",
                "Harbour cranes stall as dockworkers strike in Rotterdam " + marker,
                "Container ships queued outside the port on Tuesday as the walkout entered its"
                    + " second day, with unions demanding a new pay deal.",
                now));
    String nearMiss =
        accounts
            .wire("story-near-other")
            .publish(
                Wire.story(
                    "en",
                    "Rotterdam dockworkers strike over pay " + marker + ", harbour cranes idle",
                    "Shipping lines said they would divert vessels to Antwerp and Hamburg while"
                        + " talks with the port authority remain stalled.",
                    now));
    String unrelated =
        wire.publish(Wire.story("en", "Tulip auction prices slip " + marker, "Flowers.", now));
    String chinese =
        wire.publish(Wire.story("zh-Hans", "鹿特丹 Rotterdam 码头工人罢工，港口起重机停摆", "集装箱船在港外排队。", now));
    Editor admin = new Editor(http, "admin");
    assertFalse(
        cluster(admin, story).equals(cluster(admin, nearMiss)),
        "clustering keeps the two apart: their copy differs");

    DeskBrowser.signIn(browser, base, editor.username());
    DeskBrowser.go(browser, "story/" + story);
    // Nothing typed: focusing the picker offers the look-alikes.
    DeskBrowser.visible(browser, By.id("merge-picker")).click();
    WebElement offered =
        DeskBrowser.visible(
            browser, By.cssSelector("#merge-picker-options li[data-value='" + nearMiss + "']"));
    assertTrue(offered.getText().contains("near miss"), offered.getText());
    assertTrue(
        browser
            .findElements(
                By.cssSelector("#merge-picker-options li[data-value='" + unrelated + "']"))
            .isEmpty(),
        "a story sharing only the marker is no look-alike");
    assertTrue(
        browser
            .findElements(By.cssSelector("#merge-picker-options li[data-value='" + story + "']"))
            .isEmpty(),
        "the story itself is not offered");
    DeskBrowser.keep(browser, "story-near-miss");
    offered.click();
    browser.findElement(By.id("merge")).click();
    DeskBrowser.visible(browser, By.cssSelector("#cluster li[data-story='" + nearMiss + "']"));
    assertEquals(cluster(admin, story), cluster(admin, nearMiss));

    // A translation: the Chinese story naming Rotterdam as the English headline does.
    DeskBrowser.visible(browser, By.id("translation-picker")).click();
    WebElement translation =
        DeskBrowser.visible(
            browser,
            By.cssSelector("#translation-picker-options li[data-value='" + chinese + "']"));
    assertTrue(translation.getText().contains("same names"), translation.getText());
  }

  /** A story's cluster; one without is a cluster of its own. */
  private static String cluster(Editor admin, String id) {
    return admin.story(id).getString("cluster", id);
  }
}

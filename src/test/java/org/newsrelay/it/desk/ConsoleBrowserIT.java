package org.newsrelay.it.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Accounts;
import org.newsrelay.it.support.Wire;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An editor's day in a real browser: sign in, make a topic with a Chinese rule and see the story it
 * matches, correct a conversion, kill the story and see it leave the feed.
 */
class ConsoleBrowserIT extends BrowserIT {
  private static final String INJECTED = "<img src=x onerror=\"window.pwned=1\">Chips";

  @BeforeEach
  void open() {
    wire = accounts.wire("browser-wire");
    editor = accounts.editor("browser-editor");
  }

  private boolean inFeed(String id) {
    return reader.entry("/feeds/zh-Hant-TW/all.atom", id).isPresent();
  }

  @Test
  void editorCuratesCorrectsAndKillsAStory() {
    String marker = Accounts.unique();
    String id =
        wire.pushStored(
            Wire.story(
                "zh-Hant-TW",
                "台積電晶片出貨創新高 " + marker,
                // Copy of its own: TopicIT's story with the same headline would be its look-alike,
                // and a feed shows one entry per cluster.
                "市場研究機構指出，先進製程晶片需求強勁，新竹科學園區多家廠商擴大招募工程師，編號 " + marker + "。"));
    assertTrue(inFeed(id), "published: the wire is trusted");

    DeskBrowser.signIn(browser, base, editor.username());
    DeskBrowser.go(browser, "topic/new");
    String slug = "chips-" + marker;
    DeskBrowser.visible(browser, By.id("topic-slug")).sendKeys(slug);
    browser.findElement(By.id("topic-name-en")).sendKeys(INJECTED);
    browser.findElement(By.id("topic-name-zh-Hans")).sendKeys("芯片");
    browser.findElement(By.id("topic-include")).sendKeys("芯片");
    browser.findElement(By.id("topic-sources")).sendKeys(wire.origin());
    // The live preview finds the Traditional story (晶片) for the Simplified rule (芯片) before saving.
    DeskBrowser.visible(browser, By.cssSelector("#topic-preview li[data-story='" + id + "']"));
    browser.findElement(By.id("topic-save")).click();
    DeskBrowser.visible(browser, By.cssSelector("#topic-stories li[data-story='" + id + "']"));
    DeskBrowser.keep(browser, "topic");
    assertTrue(
        browser.findElement(By.tagName("h1")).getText().contains("<img src=x"),
        "the name shows as text");
    assertEquals(
        true,
        ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"),
        "and never runs");

    browser.findElement(By.cssSelector("#topic-stories li[data-story='" + id + "'] a")).click();
    WebElement simplified =
        DeskBrowser.visible(browser, By.cssSelector(".rendition[data-lang='zh-Hans']"));
    assertFalse(
        simplified.findElements(By.cssSelector(".headline .changed")).isEmpty(),
        "converted characters are highlighted");
    assertTrue(
        simplified.findElement(By.cssSelector(".headline")).getText().startsWith("台积电芯片"),
        simplified.getText());
    simplified.findElement(By.cssSelector("button.correct")).click();
    WebElement headline = simplified.findElement(By.cssSelector(".correct-headline"));
    headline.clear();
    String corrected = "台积电芯片出货量创新高 " + marker;
    headline.sendKeys(corrected);
    simplified.findElement(By.cssSelector(".correct-note")).sendKeys("出货量：补上原文的“量”");
    simplified.findElement(By.cssSelector(".correct-save")).click();
    DeskBrowser.waiting(browser)
        .until(
            b ->
                b.findElement(By.cssSelector(".rendition[data-lang='zh-Hans'] .headline"))
                    .getText()
                    .equals(corrected));
    // The view may render once more after the save; read what it settles on.
    DeskBrowser.waiting(browser)
        .until(
            b ->
                b.findElement(By.cssSelector(".rendition[data-lang='zh-Hans'] .kind"))
                    .getText()
                    .equals("corrected by hand"));
    DeskBrowser.waiting(browser)
        .until(b -> b.findElement(By.id("versions")).getText().contains("出货量"));

    DeskBrowser.visible(browser, By.id("kill-reason")).sendKeys("Legal advice");
    browser.findElement(By.id("kill")).click();
    DeskBrowser.waiting(browser)
        .until(b -> b.findElement(By.id("story-status")).getText().equals("Killed"));
    assertFalse(inFeed(id), "gone from the feed");
    browser.get(base + "feeds/zh-Hant-TW/all.atom");
    // What remains is its RFC 6721 tombstone, which names it once and holds nothing of its copy.
    String page = browser.getPageSource();
    assertEquals(1, page.split("urn:uuid:" + id, -1).length - 1, "the browser sees it gone too");
    assertTrue(page.contains("deleted-entry"), "a tombstone says it was killed");
  }

  @Test
  void consoleFitsAPhoneAndSpeaksChinese() {
    String id = wire.pushStored(Wire.story("zh-Hans", "手机屏幕上的稿件 " + Accounts.unique(), "正文。"));
    browser.manage().window().setSize(new Dimension(390, 844));
    DeskBrowser.signIn(browser, base, editor.username());
    new Select(browser.findElement(By.id("lang"))).selectByValue("zh-Hant");
    DeskBrowser.waiting(browser)
        .until(b -> b.findElement(By.cssSelector("#nav a[href='#topics']")).getText().equals("專題"));
    DeskBrowser.visible(browser, By.cssSelector("#queue li[data-story]"));
    DeskBrowser.assertFits(browser, "the queue");
    WebElement header = browser.findElement(By.tagName("header"));
    assertTrue(
        header.getSize().getHeight() <= 110,
        "the header takes two short rows at most: " + header.getSize());
    assertTrue(
        browser.findElement(By.id("lang")).getSize().getWidth() <= 140,
        "the language menu is small: " + browser.findElement(By.id("lang")).getSize());
    DeskBrowser.keep(browser, "phone-queue");
    DeskBrowser.go(browser, "story/" + id);
    DeskBrowser.visible(browser, By.cssSelector(".rendition[data-lang='zh-Hant-TW']"));
    DeskBrowser.assertFits(browser, "a story");
    assertEquals("撤稿", browser.findElement(By.id("kill")).getText());
    DeskBrowser.keep(browser, "phone-story");
    for (String view : new String[] {"topics", "topic/new", "sources", "terms"}) {
      DeskBrowser.go(browser, view);
      DeskBrowser.waiting(browser).until(b -> !b.findElements(By.cssSelector("main h1")).isEmpty());
      DeskBrowser.assertFits(browser, view);
    }
    // Hong Kong's wording, where it differs from Traditional Chinese in general.
    new Select(browser.findElement(By.id("lang"))).selectByValue("zh-Hant-HK");
    // The menu shows the choice at once; the page's language follows once its text has loaded.
    DeskBrowser.waiting(browser)
        .until(b -> b.findElement(By.tagName("html")).getAttribute("lang").equals("zh-Hant-HK"));
    assertEquals("zh-Hant-HK", browser.findElement(By.id("lang")).getAttribute("value"));
  }
}

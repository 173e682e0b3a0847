package org.newsrelay.it.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Accounts;
import org.newsrelay.it.support.Editor;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Wire;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The live queue in a real browser: it opens on the newest stories of every status an editor may
 * act on, a story pushed afterwards shows up without a reload, the keyboard moves and acts, and the
 * filters narrow it.
 */
class QueueBrowserIT extends BrowserIT {

  @BeforeEach
  void open() {
    editor = accounts.editor("queue-editor");
  }

  private List<String> queueIds() {
    return browser.findElements(By.cssSelector("#queue li[data-story]")).stream()
        .map(li -> li.getAttribute("data-story"))
        .toList();
  }

  private void press(CharSequence keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  @Test
  void signInLandsOnTheNewestStoriesAndNewOnesArriveWithoutAReload() {
    String marker = Accounts.unique();
    Wire untrusted = accounts.wire("queue-untrusted");
    assertEquals(
        200,
        http.call("PUT", "/api/v1/origins/" + untrusted.origin(), "{\"trusted\": false}")
            .statusCode());
    String incoming =
        untrusted.pushStored(
            Wire.story(
                "en", "Incoming ferry timetable " + marker, "Copy " + marker, Instant.now()));
    Wire trusted = accounts.wire("queue-wire");
    String held = trusted.publish(Wire.english("Held harbour dispute " + marker));
    assertEquals(200, new Editor(http, "admin").hold(held).statusCode());
    String published = trusted.publish(Wire.english("Published port reopening " + marker));

    DeskBrowser.signIn(browser, base, editor.username());
    DeskBrowser.waiting(browser).until(b -> queueIds().size() >= 3);
    assertEquals(
        List.of(published, held, incoming),
        queueIds().subList(0, 3),
        "newest first, of every status an editor may act on");
    assertEquals(
        "held",
        browser
            .findElement(By.cssSelector("#queue li[data-story='" + held + "']"))
            .getAttribute("data-status"));
    assertEquals(
        "incoming",
        browser
            .findElement(By.cssSelector("#queue li[data-story='" + incoming + "']"))
            .getAttribute("data-status"));
    assertTrue(
        browser.findElement(By.id("shortcut-list")).getText().contains("next story"),
        "the shortcuts are listed on the page");
    DeskBrowser.keep(browser, "queue");

    ((JavascriptExecutor) browser).executeScript("window.sameDocument = 'yes'");
    String arrived = trusted.publish(Wire.english("Arrived after the page loaded " + marker));
    WebElement line =
        DeskBrowser.visible(browser, By.cssSelector("#queue li[data-story='" + arrived + "']"));
    assertEquals(arrived, queueIds().get(0), "the new story on top");
    assertTrue(line.getAttribute("class").contains("arrived"), "marked as new");
    assertTrue(
        browser.findElement(By.id("arrived")).getText().startsWith("1 new"),
        browser.findElement(By.id("arrived")).getText());
    assertEquals(
        "yes",
        ((JavascriptExecutor) browser).executeScript("return window.sameDocument"),
        "no reload");
    DeskBrowser.keep(browser, "queue-arrived");

    // The selection stayed on the story it was on; k moves up to the new one, h holds it.
    assertEquals(
        published,
        browser.findElement(By.cssSelector("#queue li.selected")).getAttribute("data-story"));
    press("k");
    assertEquals(
        arrived,
        browser.findElement(By.cssSelector("#queue li.selected")).getAttribute("data-story"));
    press("h");
    DeskBrowser.waiting(browser)
        .until(
            b ->
                "held"
                    .equals(
                        b.findElement(By.cssSelector("#queue li[data-story='" + arrived + "']"))
                            .getAttribute("data-status")));
    assertEquals("held", editor.story(arrived).getString("status"));
    press("jj");
    assertEquals(
        held, browser.findElement(By.cssSelector("#queue li.selected")).getAttribute("data-story"));
    press(Keys.ENTER);
    DeskBrowser.waiting(browser)
        .until(b -> b.findElement(By.id("story-title")).getText().startsWith("Held harbour"));
  }

  /** The run's marker in Chinese numerals and stems, so that a search for it reads as Chinese. */
  private static String chinese(String marker) {
    StringBuilder out = new StringBuilder();
    marker.chars().forEach(c -> out.append("零一二三四五六七八九甲乙丙丁戊己".charAt(Character.digit(c, 16))));
    return out.toString();
  }

  @Test
  void filtersNarrowTheQueueAndSearchFoldsScripts() {
    String marker = Accounts.unique();
    String code = chinese(marker);
    Wire wire = accounts.wire("queue-filters");
    String urgent =
        wire.publish(
            Wire.story(
                    "zh-Hant-TW",
                    "央行宣布降息 提振經濟" + code,
                    "中央銀行今天宣布降息半碼，" + marker + "。",
                    Instant.now())
                .add("urgency", 1));
    String calm =
        wire.publish(
            Wire.story("zh-Hant-TW", "颱風季節影響經濟" + code, "農業損失估計，" + marker + "。", Instant.now()));
    String other = accounts.wire("queue-other").publish(Wire.english("Elsewhere " + marker));

    DeskBrowser.signIn(browser, base, editor.username());
    DeskBrowser.visible(browser, By.cssSelector("#queue li[data-story='" + other + "']"));
    // Typed in Simplified, found in Traditional copy.
    WebElement search = browser.findElement(By.id("filter-q"));
    search.sendKeys("经济" + code);
    browser.findElement(By.id("filter-apply")).click();
    DeskBrowser.waiting(browser).until(b -> queueIds().equals(List.of(calm, urgent)));

    new Select(browser.findElement(By.id("filter-urgency"))).selectByValue("2");
    DeskBrowser.waiting(browser).until(b -> queueIds().equals(List.of(urgent)));
    assertTrue(
        browser
            .findElement(By.cssSelector("#queue li[data-story='" + urgent + "'] .tag.urgent"))
            .isDisplayed());

    DeskBrowser.go(browser, "queue?q=" + marker);
    DeskBrowser.waiting(browser).until(b -> queueIds().size() == 3);
    new Select(browser.findElement(By.id("filter-origin"))).selectByValue(wire.origin());
    DeskBrowser.waiting(browser).until(b -> queueIds().equals(List.of(calm, urgent)));
    new Select(browser.findElement(By.id("filter-lang"))).selectByValue("en");
    DeskBrowser.waiting(browser)
        .until(b -> b.findElements(By.cssSelector("#queue li.empty")).size() == 1);

    // A filter the server cannot take is a 400 problem, shown, not a broken page.
    DeskBrowser.go(browser, "queue?urgency=12");
    DeskBrowser.waiting(browser)
        .until(b -> b.findElement(By.id("status")).getText().contains("urgency"));
    assertEquals(
        400, editor.http().getAuthorized("/api/v1/desk/queue?before=not-a-cursor").statusCode());
    assertEquals(
        "application/problem+json",
        editor
            .http()
            .getAuthorized("/api/v1/desk/queue?status=lost")
            .headers()
            .firstValue("Content-Type")
            .orElse(""));
    assertEquals(403, wire.http().getAuthorized("/api/v1/desk/queue").statusCode());
    assertEquals(
        200,
        http.anonymous().get("/console/?from=a%20link").statusCode(),
        "the page, whatever its query says");
    assertEquals(
        401, http.anonymous().get("/api/v1/desk/queue").statusCode(), "not for the public");
    assertTrue(
        Http.json(editor.http().getAuthorized("/api/v1/desk/queue?q=" + marker + "&limit=1"))
            .containsKey("next"),
        "a page that is not the last says where the next starts");
  }
}

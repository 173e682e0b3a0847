package org.newsrelay.it.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Accounts;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.Wire;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Every view of the console, walked by an admin at a desk's width in English and at a phone's in
 * Taiwan's Chinese: nothing scrolls sideways, every field is labelled, text meets AA contrast, no
 * English text is left in the Chinese interface, and the focus starts at the skip link and then
 * follows the page's order. A screenshot of each is kept (target/console-screenshots/walk-*).
 */
class ConsoleWalkBrowserIT extends BrowserIT {

  @Test
  void everyViewFitsADeskAndAPhoneInEveryLanguage() {
    String marker = Accounts.unique();
    Accounts.Person admin = accounts.person("walk-admin", "admin");
    Wire wire = accounts.wire("walk-wire");
    String english =
        wire.publish(Wire.story("en", "Walk harbour story " + marker, "Copy.", Instant.now()));
    String chinese = wire.publish(Wire.story("zh-Hans", "巡视软件稿件 " + marker, "正文。", Instant.now()));
    String partner = Partner.create(http, "\"subscriber\"", "\"en\"", null).id();
    Map<String, String> views = new LinkedHashMap<>();
    views.put("queue", "queue");
    views.put("search", "queue?q=harbour+" + marker);
    views.put("story", "story/" + english);
    views.put("story-chinese", "story/" + chinese);
    views.put("topics", "topics");
    views.put("topic-new", "topic/new");
    views.put("sources", "sources");
    views.put("terms", "terms");
    views.put("partners", "partners");
    views.put("partner", "partner/" + partner);

    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.get(base + "console/");
    DeskBrowser.visible(browser, By.id("username"));
    DeskBrowser.assertFits(browser, "sign-in at 1280");
    DeskBrowser.keep(browser, "walk-1280-sign-in");
    DeskBrowser.signIn(browser, base, admin.username());
    for (Map.Entry<String, String> view : views.entrySet()) {
      show(view.getValue());
      DeskBrowser.assertFits(browser, view.getKey() + " at 1280");
      DeskBrowser.keep(browser, "walk-1280-" + view.getKey());
      assertFocusOrder(view.getKey() + " at 1280");
    }

    browser.manage().window().setSize(new Dimension(390, 844));
    new Select(browser.findElement(By.id("lang"))).selectByValue("zh-Hant-TW");
    DeskBrowser.waiting(browser)
        .until(b -> b.findElement(By.tagName("html")).getAttribute("lang").equals("zh-Hant-TW"));
    List<String> untranslated = englishOnly();
    for (Map.Entry<String, String> view : views.entrySet()) {
      show(view.getValue());
      DeskBrowser.assertFits(browser, view.getKey() + " at 390");
      String text = interfaceText();
      List<String> left = untranslated.stream().filter(text::contains).toList();
      assertEquals(List.of(), left, view.getKey() + ": English left in the Taiwan interface");
      DeskBrowser.keep(browser, "walk-390-" + view.getKey());
    }
  }

  /**
   * The page's text without the stories' own copy (a queue item's headline, excerpt and origin):
   * the queue lists every test's stories, and one of them is headed "Embargoed until later".
   */
  private String interfaceText() {
    String text = browser.findElement(By.tagName("body")).getText();
    for (var copy :
        browser.findElements(
            By.cssSelector(
                "[data-story] .story-link, [data-story] .excerpt, [data-story] .origin"))) {
      String own = copy.getText();
      if (!own.isEmpty()) {
        text = text.replace(own, "");
      }
    }
    return text;
  }

  /** Moves to a view and waits until it replaced the one before (a stale mark is left in it). */
  private void show(String view) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "const stale = document.createElement('i'); stale.id = 'walk-stale';"
                + " document.getElementById('main').append(stale);"
                + " if (document.activeElement) document.activeElement.blur();"
                + " location.hash = arguments[0]",
            view);
    DeskBrowser.waiting(browser)
        .until(
            b ->
                b.findElements(By.id("walk-stale")).isEmpty()
                    && !b.findElements(By.cssSelector("main h1")).isEmpty());
  }

  /**
   * Tab from the top of a view as it loads: the skip link first, with a visible focus ring, then
   * the page's order (no positive tabindex reorders it).
   */
  @SuppressWarnings("unchecked")
  private void assertFocusOrder(String view) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    List<Object> reordered =
        (List<Object>)
            js.executeScript(
                "return [...document.querySelectorAll('[tabindex]')]"
                    + ".filter(e => e.tabIndex > 0).map(e => e.outerHTML.slice(0, 80))");
    assertEquals(List.of(), reordered, view + ": a positive tabindex reorders the focus");
    // Landing on the view (Chrome keeps Tab's starting point where the focus was before a blur).
    browser.navigate().refresh();
    DeskBrowser.visible(browser, By.cssSelector("main h1"));
    new org.openqa.selenium.interactions.Actions(browser)
        .sendKeys(org.openqa.selenium.Keys.TAB)
        .perform();
    Map<String, Object> first =
        (Map<String, Object>)
            js.executeScript(
                "const e = document.activeElement, s = getComputedStyle(e);"
                    + " return {cls: e.className, ring: s.outlineStyle !== 'none'"
                    + " && parseFloat(s.outlineWidth) > 0 || s.boxShadow !== 'none'}");
    assertEquals("skip", first.get("cls"), view + ": the skip link comes first");
    assertTrue((Boolean) first.get("ring"), view + ": the focus is visible");
  }

  /** The English interface's texts that Taiwan's Chinese words otherwise: none may show there. */
  private List<String> englishOnly() {
    JsonObject en =
        Http.json(http.anonymous().get("/console/messages/en")).getJsonObject("messages");
    JsonObject tw =
        Http.json(http.anonymous().get("/console/messages/zh-Hant-TW")).getJsonObject("messages");
    List<String> texts = new ArrayList<>();
    for (Map.Entry<String, jakarta.json.JsonValue> entry : en.entrySet()) {
      if (!(entry.getValue() instanceof JsonString value)) {
        continue;
      }
      String other = tw.containsKey(entry.getKey()) ? tw.getString(entry.getKey(), "") : "";
      if (other.equals(value.getString())) {
        continue;
      }
      // The longest run of the text between its placeholders, if it is words, not a symbol.
      for (String part : value.getString().split("\\{\\d+\\}")) {
        String words = part.strip();
        if (words.length() >= 8 && words.matches(".*[A-Za-z]{3,}.*[ ].*")) {
          texts.add(words);
        }
      }
    }
    assertTrue(texts.size() > 50, "the English texts are read: " + texts.size());
    return texts;
  }
}

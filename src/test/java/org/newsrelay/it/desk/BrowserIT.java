package org.newsrelay.it.desk;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsrelay.it.support.ServerIT;
import org.openqa.selenium.WebDriver;

/**
 * A test of the console in a real Chromium ({@link DeskBrowser}): a browser of its own for each
 * test, started before the test's own set-up and quit after it, and a screenshot of the page when a
 * test fails.
 */
abstract class BrowserIT extends ServerIT {
  protected WebDriver browser;

  @RegisterExtension
  final DeskBrowser.FailureScreenshots screenshots =
      new DeskBrowser.FailureScreenshots(() -> browser);

  @BeforeEach
  void startBrowser() {
    browser = DeskBrowser.start();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }
}

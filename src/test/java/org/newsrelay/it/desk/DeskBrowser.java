package org.newsrelay.it.desk;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the console's end-to-end tests: Debian's chromium and chromium-driver,
 * never a downloaded browser. The build installs both, or stops at once saying how, before it
 * compiles (scripts/build/test-prerequisites.sh); only -Dnewsrelay.browser.skip=true skips these
 * tests, and then loudly (a banner on standard error and a skip in the report).
 */
final class DeskBrowser {
  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  /**
   * Every view as the tests leave it, for review: a build artifact, kept whether or not they pass.
   */
  static final Path VIEWS = Path.of("target", "console-screenshots");

  private DeskBrowser() {}

  private static void skip(String why) {
    String banner = "BROWSER TESTS SKIPPED: " + why + ".";
    System.err.println("\n*** " + banner + " ***\n");
    Assumptions.abort(banner);
  }

  static WebDriver start() {
    File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    File driver = new File(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    if (Boolean.getBoolean("newsrelay.browser.skip")) {
      skip("-Dnewsrelay.browser.skip=true was given");
    }
    if (!chromium.canExecute() || !driver.canExecute()) {
      // Run from an IDE, past the build's own check: still a skip that cannot be missed.
      skip(
          "headless Chromium is not installed at "
              + chromium
              + " and "
              + driver
              + "; sudo apt-get install -y chromium chromium-driver to run them");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=en-US");
    // The page's console messages, for the report of a failed test (a script error, a CSP refusal).
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /** Waits as the console re-renders: an element replaced while it was being read is read again. */
  static WebDriverWait waiting(WebDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  static WebElement visible(WebDriver browser, By by) {
    return waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Opens the console and signs in; answers once the navigation shows. */
  static void signIn(WebDriver browser, java.net.URL base, String username) {
    browser.get(base + "console/");
    visible(browser, By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(org.newsrelay.it.support.Accounts.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    visible(browser, By.id("nav"));
  }

  /** Moves to a view of the console, as a link would. */
  static void go(WebDriver browser, String hash) {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("location.hash = arguments[0]", hash);
  }

  /** How far the page is wider than the window, in CSS pixels: 0 when nothing scrolls sideways. */
  static long overflow(WebDriver browser) {
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    return ((Number) overflow).longValue();
  }

  /**
   * Keeps a screenshot of the page as it is now, as target/console-screenshots/NAME.png: the window
   * is made as tall as the page (up to 3,000 pixels) for the picture, then put back.
   */
  static void keep(WebDriver browser, String name) {
    org.openqa.selenium.Dimension size = browser.manage().window().getSize();
    long height =
        ((Number)
                ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollHeight"))
            .longValue();
    try {
      Files.createDirectories(VIEWS);
      browser
          .manage()
          .window()
          .setSize(
              new org.openqa.selenium.Dimension(
                  size.getWidth(), (int) Math.min(3000, Math.max(size.getHeight(), height + 100))));
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(VIEWS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      browser.manage().window().setSize(size);
    }
  }

  /** Keeps a screenshot and the page's HTML of a failed test, before the browser is closed. */
  static final class FailureScreenshots implements AfterTestExecutionCallback {
    private final Supplier<WebDriver> browser;

    FailureScreenshots(Supplier<WebDriver> browser) {
      this.browser = browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
      WebDriver driver = browser.get();
      if (context.getExecutionException().isEmpty() || driver == null) {
        return;
      }
      String name =
          context.getRequiredTestClass().getSimpleName()
              + "-"
              + context.getRequiredTestMethod().getName();
      try {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        Files.writeString(
            SCREENSHOTS.resolve(name + ".html"),
            driver.getCurrentUrl() + "\n" + driver.getPageSource(),
            StandardCharsets.UTF_8);
        StringBuilder log = new StringBuilder();
        try {
          driver.manage().logs().get("browser").forEach(entry -> log.append(entry).append('\n'));
        } catch (RuntimeException noLog) {
          log.append("no browser log: ").append(noLog.getMessage());
        }
        Files.writeString(SCREENSHOTS.resolve(name + ".log"), log, StandardCharsets.UTF_8);
        System.err.println(
            "Browser screenshot of the failure: "
                + SCREENSHOTS.resolve(name + ".png").toAbsolutePath());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException browserGone) {
        System.err.println("No screenshot: " + browserGone.getMessage());
      }
    }
  }
}

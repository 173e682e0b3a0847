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

  /** Opens the console and signs in; answers once it shows who is signed in. */
  static void signIn(WebDriver browser, java.net.URL base, String username) {
    browser.get(base + "console/");
    visible(browser, By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(org.newsrelay.it.support.Accounts.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    visible(browser, By.id("sign-out"));
  }

  /** Moves to a view of the console, as a link would. */
  static void go(WebDriver browser, String hash) {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("location.hash = arguments[0]", hash);
  }

  /**
   * How far the page is wider than the window, in CSS pixels: 0 when nothing scrolls sideways (the
   * window's width includes a vertical scrollbar's, so a page can be narrower).
   */
  static long overflow(WebDriver browser) {
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    return Math.max(0, ((Number) overflow).longValue());
  }

  /** The visible form fields that nothing names: no label, no aria-label. */
  @SuppressWarnings("unchecked")
  static java.util.List<String> unlabelled(WebDriver browser) {
    return (java.util.List<String>)
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "return [...document.querySelectorAll('input, select, textarea')]"
                    + ".filter(e => e.type !== 'hidden' && e.offsetParent !== null)"
                    + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                    + " && !e.getAttribute('aria-labelledby'))"
                    + ".map(e => e.outerHTML.slice(0, 120))");
  }

  /**
   * The visible text drawn below WCAG AA contrast against its background (4.5:1, 3:1 for large
   * text), disabled controls aside, as "text: ratio".
   */
  @SuppressWarnings("unchecked")
  static java.util.List<String> lowContrast(WebDriver browser) {
    return (java.util.List<String>)
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                String.join(
                    "\n",
                    "const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);",
                    "const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255;",
                    "  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })",
                    "  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);",
                    "const background = (e) => { for (; e; e = e.parentElement) {",
                    "  const c = rgb(getComputedStyle(e).backgroundColor);",
                    "  if (c.length === 3 || c[3] > 0) return c.slice(0, 3); }",
                    "  return [255, 255, 255]; };",
                    "const out = [];",
                    "for (const e of document.querySelectorAll('body *')) {",
                    "  if (e.offsetParent === null || e.closest('[disabled], option, script, style')) continue;",
                    "  const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());",
                    "  if (!own) continue;",
                    "  const style = getComputedStyle(e);",
                    "  const a = lum(rgb(style.color)); const b = lum(background(e));",
                    "  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);",
                    "  const size = parseFloat(style.fontSize); const bold = Number(style.fontWeight) >= 700;",
                    "  const large = size >= 24 || (bold && size >= 18.66);",
                    "  if (ratio < (large ? 3 : 4.5)) out.push(e.textContent.trim().slice(0, 40) + ': '",
                    "    + ratio.toFixed(2));",
                    "}",
                    "return out;"));
  }

  /**
   * No sideways scrolling, every field labelled, and text that meets WCAG AA contrast (4.5:1, or
   * 3:1 for large text) against the background it is drawn on.
   */
  static void assertFits(WebDriver browser, String view) {
    org.junit.jupiter.api.Assertions.assertEquals(
        0, overflow(browser), view + ": no sideways scrolling");
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.List.of(), unlabelled(browser), view + ": fields without a label");
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.List.of(), lowContrast(browser), view + ": text below AA contrast");
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
      small(png, VIEWS.resolve(name + "-small.jpg"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      browser.manage().window().setSize(size);
    }
  }

  /** A copy at most 640 pixels wide and 1,400 high (its top), as a JPEG, small enough for docs/. */
  private static void small(byte[] png, Path to) throws IOException {
    java.awt.image.BufferedImage whole =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    double scale = Math.min(1, 640.0 / whole.getWidth());
    java.awt.image.BufferedImage full =
        whole.getSubimage(
            0, 0, whole.getWidth(), (int) Math.min(whole.getHeight(), Math.round(1400 / scale)));
    int width = (int) Math.round(full.getWidth() * scale);
    int height = (int) Math.round(full.getHeight() * scale);
    java.awt.image.BufferedImage copy =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = copy.createGraphics();
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(full, 0, 0, width, height, null);
    g.dispose();
    javax.imageio.ImageIO.write(copy, "jpg", to.toFile());
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

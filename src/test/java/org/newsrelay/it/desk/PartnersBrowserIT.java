package org.newsrelay.it.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Accounts;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.WebSubSubscriber;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Partners and sources in a real browser: a partner's page with its keys, usage and a subscription
 * whose subscriber is down (its backlog and failed attempts); a key revoked there stops working at
 * once, a key issued there is shown once and works; sources with their health, polled on demand.
 */
class PartnersBrowserIT extends BrowserIT {
  private Accounts.Person admin;

  @BeforeEach
  void open() {
    admin = accounts.person("partners-admin", "admin");
  }

  @Test
  void aPartnersKeyIsRevokedFromItsPage() throws Exception {
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    JsonObject first = partner.issueKey();
    JsonObject second = partner.issueKey();
    try (WebSubSubscriber subscriber = new WebSubSubscriber(2)) {
      String topic = http.uri("/feeds/en/all.atom").toString();
      HttpResponse<String> accepted =
          partner.subscribe(topic, subscriber.url("/cb"), "secret-" + UUID.randomUUID(), 600);
      assertEquals(202, accepted.statusCode(), accepted.body());
      String subscription = Http.json(accepted).getString("subscription");
      assertEquals("active", partner.awaitDecided(subscription).getString("state"));
      subscriber.goDown();
      wire.publish("Waiting for a partner that is down " + Accounts.unique());
      Http.eventually(
          Duration.ofSeconds(60),
          () ->
              Http.json(
                  http.getAuthorized(
                      "/api/v1/partners/"
                          + partner.id()
                          + "/deliveries?state=pending&subscription="
                          + subscription)),
          d ->
              d.getJsonArray("items").stream()
                  .anyMatch(i -> i.asJsonObject().getInt("attempts") >= 1));

      DeskBrowser.signIn(browser, base, admin.username());
      browser.findElement(By.id("nav-partners")).click();
      DeskBrowser.visible(
              browser, By.cssSelector("#partners [data-partner='" + partner.id() + "'] h2 a"))
          .click();
      DeskBrowser.waiting(browser)
          .until(b -> b.findElement(By.id("partner-name")).getText().equals(partner.name()));
      assertEquals(2, browser.findElements(By.cssSelector("#keys tbody tr")).size());
      WebElement card =
          DeskBrowser.visible(
              browser, By.cssSelector(".subscription[data-subscription='" + subscription + "']"));
      assertTrue(card.getText().contains(topic), card.getText());
      assertTrue(
          card.findElement(By.cssSelector(".backlog")).getText().matches("[1-9]\\d* waiting.*"),
          card.getText());
      assertTrue(
          !card.findElements(By.cssSelector(".deliveries li[data-state='pending']")).isEmpty(),
          "the attempts that failed, with why");
      assertTrue(browser.findElement(By.id("usage")).getText().contains("Total"));
      DeskBrowser.keep(browser, "partner");

      String firstId = first.getString("id");
      assertEquals(200, partner.get("/feeds/en/all.atom", first.getString("key")).statusCode());
      By revoke = By.cssSelector("button.revoke[data-key='" + firstId + "']");
      browser.findElement(revoke).click();
      DeskBrowser.waiting(browser)
          .until(
              b ->
                  b.findElement(revoke)
                      .getText()
                      .startsWith("Revoke " + first.getString("prefix")));
      browser.findElement(revoke).click();
      DeskBrowser.waiting(browser)
          .until(
              b ->
                  "false"
                      .equals(
                          b.findElement(By.cssSelector("#keys tr[data-key='" + firstId + "']"))
                              .getAttribute("data-active")));
      assertEquals(
          401,
          partner.get("/feeds/en/all.atom", first.getString("key")).statusCode(),
          "the revoked key is refused at once");
      assertEquals(200, partner.get("/feeds/en/all.atom", second.getString("key")).statusCode());

      browser.findElement(By.id("key-label")).sendKeys("CMS from the console");
      browser.findElement(By.id("issue-key")).click();
      String issued = DeskBrowser.visible(browser, By.id("new-key")).getText();
      assertTrue(issued.startsWith("nrk_"), issued);
      assertEquals(200, partner.get("/feeds/en/all.atom", issued).statusCode());
      assertEquals(3, browser.findElements(By.cssSelector("#keys tbody tr")).size());

      browser.manage().window().setSize(new Dimension(390, 844));
      DeskBrowser.go(browser, "partners");
      DeskBrowser.go(browser, "partner/" + partner.id());
      DeskBrowser.visible(browser, By.cssSelector("#keys tbody tr"));
      assertEquals(0, DeskBrowser.overflow(browser), "the partner page fits a phone");
      DeskBrowser.keep(browser, "phone-partner");
    }
  }

  @Test
  void sourcesShowTheirHealthAndArePolledOnDemand() {
    // Nothing listens there: the source fails, and says why.
    HttpResponse<String> registered =
        http.postJson(
            "/api/v1/sources",
            "{\"url\": \"http://127.0.0.1:9/feed-"
                + Accounts.unique()
                + ".xml\", \"language\": \"en\"}");
    assertEquals(201, registered.statusCode(), registered.body());
    String id = Http.json(registered).getString("id");
    Http.eventually(
        Duration.ofSeconds(60),
        () -> Http.json(http.getAuthorized("/api/v1/sources/" + id)),
        s -> s.getString("status").equals("failing"));

    DeskBrowser.signIn(browser, base, admin.username());
    DeskBrowser.go(browser, "sources");
    WebElement row =
        DeskBrowser.visible(browser, By.cssSelector("#sources tr[data-source='" + id + "']"));
    assertEquals("failing", row.getAttribute("data-status"));
    assertTrue(
        row.getText().contains("Connection refused") || !row.getText().contains("—"),
        row.getText());
    assertTrue(
        !row.findElement(By.cssSelector(".next-poll")).getText().isBlank(),
        "when it is polled next");
    String attempted =
        Http.json(http.getAuthorized("/api/v1/sources/" + id)).getString("last_attempt");
    DeskBrowser.keep(browser, "sources");
    row.findElement(By.cssSelector("button.refresh")).click();
    DeskBrowser.waiting(browser)
        .until(b -> b.findElement(By.id("status")).getText().startsWith("Polled"));
    assertTrue(
        java.time.Instant.parse(
                Http.json(http.getAuthorized("/api/v1/sources/" + id)).getString("last_attempt"))
            .isAfter(java.time.Instant.parse(attempted)),
        "polled again");
    assertTrue(
        browser
            .findElement(By.cssSelector("#sources tr[data-source='" + id + "']"))
            .getText()
            .contains("Failures in a row: "));
  }
}

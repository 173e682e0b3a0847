package org.newsrelay.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrelay.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.WebSubSubscriber;

/**
 * Whatever a subscriber gets wrong, it gets a 4xx or a failed verification, and no subscription.
 */
class WebSubBadInputIT extends ServerIT {
  private Partner partner;
  private String topic;

  @BeforeEach
  void subscriber() {
    partner = partner("\"subscriber\"", "\"en\"", null);
    partner.key();
    topic = http.uri("/feeds/en/all.atom").toString();
  }

  @Test
  void callbackThatIsNotAUrl() {
    refused(400, form(topic, "not a url"));
    refused(400, form(topic, "ftp://127.0.0.1/cb"));
    refused(400, form(topic, "/relative/cb"));
  }

  @Test
  void callbackAtAPrivateAddress() {
    JsonObject problem = refused(400, form(topic, "http://10.20.30.40/cb"));
    assertTrue(problem.getString("detail").contains("private"), problem.toString());
    refused(400, form(topic, "http://[::1]:9/cb"));
  }

  @Test
  void leaseOutOfRange() {
    Map<String, String> tooShort = form(topic, "http://127.0.0.1:9/cb");
    tooShort.put("hub.lease_seconds", "10");
    refused(400, tooShort);
    Map<String, String> tooLong = form(topic, "http://127.0.0.1:9/cb");
    tooLong.put("hub.lease_seconds", "99999999");
    refused(400, tooLong);
    Map<String, String> notANumber = form(topic, "http://127.0.0.1:9/cb");
    notANumber.put("hub.lease_seconds", "a week");
    refused(400, notANumber);
  }

  @Test
  void secretTooLong() {
    Map<String, String> form = form(topic, "http://127.0.0.1:9/cb");
    form.put("hub.secret", "s".repeat(200));
    refused(400, form);
  }

  @Test
  void topicThatDoesNotExistOrIsNotEntitledLookTheSame() {
    JsonObject missing =
        refused(
            400,
            form(http.uri("/feeds/en/no-such-topic.atom").toString(), "http://127.0.0.1:9/cb"));
    JsonObject notEntitled =
        refused(400, form(http.uri("/feeds/zh-Hans/all.atom").toString(), "http://127.0.0.1:9/cb"));
    assertEquals(missing.getString("detail"), notEntitled.getString("detail"));
    refused(400, form("https://elsewhere.example/feeds/en/all.atom", "http://127.0.0.1:9/cb"));
    refused(400, form(http.uri("/api/v1/stories").toString(), "http://127.0.0.1:9/cb"));
  }

  @Test
  void badModeOrMissingFields() {
    Map<String, String> form = form(topic, "http://127.0.0.1:9/cb");
    form.put("hub.mode", "publish");
    refused(400, form);
    form.remove("hub.mode");
    refused(400, form);
    Map<String, String> noTopic = form(topic, "http://127.0.0.1:9/cb");
    noTopic.remove("hub.topic");
    refused(400, noTopic);
  }

  @Test
  void revokedUnknownOrMissingKey() {
    JsonObject issued = partner.issueKey();
    http.send(
        http.authorized("/api/v1/partners/" + partner.id() + "/keys/" + issued.getString("id"))
            .DELETE());
    Map<String, String> form = form(topic, "http://127.0.0.1:9/cb");
    assertProblem(401, Partner.hub(http, issued.getString("key"), form));
    assertProblem(401, Partner.hub(http, "nrk_" + "B".repeat(43), form));
    assertProblem(401, Partner.hub(http, null, form));
    nothingSubscribed();
  }

  @Test
  void callbackThatDoesNotEchoTheChallenge() throws Exception {
    try (WebSubSubscriber subscriber = new WebSubSubscriber(2)) {
      subscriber.answerVerifications(WebSubSubscriber.Verification.WRONG_ECHO);
      HttpResponse<String> accepted = partner.subscribe(topic, subscriber.url("/cb"), null, 600);
      assertEquals(202, accepted.statusCode(), accepted.body());
      String id = Http.json(accepted).getString("subscription");
      JsonObject decided = partner.awaitDecided(id);
      assertEquals("unverified", decided.getString("state"), decided.toString());
      assertEquals("refused", decided.getJsonObject("last_request").getString("state"));

      String story = wire.publish("Not for the unverified " + UUID.randomUUID());
      HttpResponse<String> deliveries =
          partner.get("/api/v1/partners/" + partner.id() + "/deliveries");
      assertEquals(0, Http.json(deliveries).getJsonArray("items").size(), deliveries.body());
      assertTrue(
          subscriber.deliveries().stream()
              .noneMatch(r -> story.equals(r.header("X-Newsrelay-Story"))));
    }
  }

  private JsonObject refused(int status, Map<String, String> form) {
    JsonObject problem = assertProblem(status, partner.hub(form));
    nothingSubscribed();
    return problem;
  }

  private void nothingSubscribed() {
    HttpResponse<String> list = partner.get("/api/v1/partners/" + partner.id() + "/subscriptions");
    assertEquals(200, list.statusCode(), list.body());
    assertEquals(0, Http.json(list).getJsonArray("items").size(), list.body());
  }

  private static Map<String, String> form(String topic, String callback) {
    return Partner.subscription(topic, callback, null, 600);
  }
}

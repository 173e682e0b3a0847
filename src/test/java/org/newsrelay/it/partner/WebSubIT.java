package org.newsrelay.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Feed;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.WebSubSubscriber;

/**
 * The hub as a partner meets it, with a real subscriber: subscription and verification of intent,
 * signed deliveries, an outage with retries, recovery with nothing missing and in order, a kill,
 * and unsubscribing.
 */
class WebSubIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void subscriberGetsEveryChangeSignedAndInOrderThroughAnOutage() throws Exception {
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    String secret = "secret-" + UUID.randomUUID();
    String topic = http.uri("/feeds/en/all.atom").toString();
    try (WebSubSubscriber subscriber = new WebSubSubscriber(4)) {
      // Subscribe: 202, then the hub asks the callback to confirm with a challenge.
      HttpResponse<String> accepted = partner.subscribe(topic, subscriber.url("/cb"), secret, 600);
      assertEquals(202, accepted.statusCode(), accepted.body());
      String subscriptionId = Http.json(accepted).getString("subscription");
      JsonObject subscription = partner.awaitDecided(subscriptionId);
      assertEquals("active", subscription.getString("state"), subscription.toString());
      WebSubSubscriber.Check check = subscriber.checks().get(0);
      assertEquals("subscribe", check.params().get("hub.mode"));
      assertEquals(topic, check.params().get("hub.topic"));
      assertEquals("600", check.params().get("hub.lease_seconds"));
      assertFalse(check.params().getOrDefault("hub.challenge", "").isEmpty(), "a challenge");

      // A published story reaches the subscriber, signed, with the hub and self links.
      String first = wire.publish("WebSub first story " + UUID.randomUUID());
      WebSubSubscriber.Received delivery = awaitDelivery(subscriber, first, "published");
      assertTrue(delivery.header("Content-Type").startsWith("application/atom+xml"));
      assertEquals(hmac(secret, delivery.body()), delivery.header("X-Hub-Signature"));
      String links = delivery.header("Link");
      assertTrue(links.contains("<" + http.uri("/websub") + ">; rel=\"hub\""), links);
      assertTrue(links.contains("<" + topic + ">; rel=\"self\""), links);
      Feed feed = Feeds.atom(delivery.text());
      assertTrue(Feeds.entry(feed, first).isPresent(), "the delivered feed has the story");

      // The subscriber goes down; two more stories are published and retried.
      subscriber.goDown();
      String second = wire.publish("WebSub second story " + UUID.randomUUID());
      String third = wire.publish("WebSub third story " + UUID.randomUUID());
      Http.eventually(
          WAIT,
          () -> deliveryOf(partner, subscriptionId, second),
          d -> d != null && d.getInt("attempts") >= 2);
      JsonObject failing = deliveryOf(partner, subscriptionId, second);
      assertEquals("pending", failing.getString("state"), failing.toString());
      assertTrue(failing.getJsonArray("log").size() >= 2, "each attempt is shown");
      assertFalse(
          failing.getJsonArray("log").getJsonObject(0).getString("error", "").isEmpty(),
          "a failed attempt says why");

      // It comes back: both arrive, in order, and nothing is missing.
      subscriber.comeBack();
      WebSubSubscriber.Received secondDelivery = awaitDelivery(subscriber, second, "published");
      WebSubSubscriber.Received thirdDelivery = awaitDelivery(subscriber, third, "published");
      assertTrue(secondDelivery.nanos() < thirdDelivery.nanos(), "second before third");
      assertTrue(Feeds.entry(Feeds.atom(thirdDelivery.text()), second).isPresent());
      assertTrue(Feeds.entry(Feeds.atom(thirdDelivery.text()), third).isPresent());
      List<Long> sequence =
          subscriber.deliveries().stream()
              .map(r -> Long.parseLong(r.header("X-Newsrelay-Sequence")))
              .distinct()
              .toList();
      for (int i = 1; i < sequence.size(); i++) {
        assertEquals(sequence.get(i - 1) + 1, sequence.get(i), "in order, no gap: " + sequence);
      }
      for (WebSubSubscriber.Received r : subscriber.deliveries()) {
        assertEquals(hmac(secret, r.body()), r.header("X-Hub-Signature"), "every one signed");
      }
      assertEquals("delivered", deliveryOf(partner, subscriptionId, second).getString("state"));

      // Unsubscribing is verified too; afterwards nothing more is queued for it.
      Map<String, String> unsubscribe =
          Partner.subscription(topic, subscriber.url("/cb"), null, 600);
      unsubscribe.put("hub.mode", "unsubscribe");
      unsubscribe.remove("hub.lease_seconds");
      assertEquals(202, partner.hub(unsubscribe).statusCode());
      Http.eventually(
          WAIT,
          () -> partner.awaitDecided(subscriptionId),
          s -> s.getString("state").equals("unsubscribed"));
      assertEquals(
          "unsubscribe",
          subscriber.checks().get(subscriber.checks().size() - 1).params().get("hub.mode"));
      String after = wire.publish("WebSub story after unsubscribing " + UUID.randomUUID());
      assertEquals(null, deliveryOf(partner, subscriptionId, after));
    }
  }

  /** The desk's kill (POST /api/v1/stories/{id}/kill) reaches the subscriber as a killed change. */
  @Test
  void aKillReachesTheSubscriber() throws Exception {
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    String topic = http.uri("/feeds/en/all.atom").toString();
    try (WebSubSubscriber subscriber = new WebSubSubscriber(2)) {
      HttpResponse<String> accepted = partner.subscribe(topic, subscriber.url("/kill"), "k", 600);
      String subscriptionId = Http.json(accepted).getString("subscription");
      assertEquals("active", partner.awaitDecided(subscriptionId).getString("state"));
      String story = wire.publish("WebSub story to be killed " + UUID.randomUUID());
      awaitDelivery(subscriber, story, "published");

      HttpResponse<String> killed = editor.kill(story, "Legal advice");
      assertTrue(killed.statusCode() < 300, killed.body());
      WebSubSubscriber.Received kill = awaitDelivery(subscriber, story, "killed");
      Feed feed = Feeds.atom(kill.text());
      assertTrue(Feeds.entry(feed, story).isEmpty(), "the killed story is no longer an entry");
    }
  }

  @Test
  void losingTheEntitlementEndsTheSubscription() throws Exception {
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    String topic = http.uri("/feeds/en/all.atom").toString();
    try (WebSubSubscriber subscriber = new WebSubSubscriber(2)) {
      HttpResponse<String> accepted =
          partner.subscribe(topic, subscriber.url("/lapsed"), null, 600);
      String subscriptionId = Http.json(accepted).getString("subscription");
      assertEquals("active", partner.awaitDecided(subscriptionId).getString("state"));

      String terms =
          "{\"name\": \""
              + partner.name()
              + "\", \"roles\": [\"subscriber\"], \"entitlements\": {\"languages\": [\"zh-Hans\"]}}";
      HttpResponse<String> updated =
          http.send(
              http.authorized("/api/v1/partners/" + partner.id())
                  .header("Content-Type", "application/json")
                  .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(terms)));
      assertEquals(200, updated.statusCode(), updated.body());
      String story = wire.publish("Not for a lapsed partner " + UUID.randomUUID());
      JsonObject ended =
          Http.eventually(
              WAIT,
              () -> partner.subscriptionState(subscriptionId),
              s -> s.getString("state").equals("ended"));
      assertTrue(ended.getString("reason").contains("entitled"), ended.toString());
      assertEquals("cancelled", deliveryOf(partner, subscriptionId, story).getString("state"));
      assertTrue(
          subscriber.deliveries().stream()
              .noneMatch(r -> story.equals(r.header("X-Newsrelay-Story"))));
    }
  }

  private static WebSubSubscriber.Received awaitDelivery(
      WebSubSubscriber subscriber, String storyId, String change) {
    return Http.eventually(
            WAIT,
            () ->
                subscriber.deliveries().stream()
                    .filter(r -> storyId.equals(r.header("X-Newsrelay-Story")))
                    .filter(r -> change.equals(r.header("X-Newsrelay-Change")))
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  /** The subscription's delivery of a story, as GET /api/v1/partners/{id}/deliveries shows it. */
  private static JsonObject deliveryOf(Partner partner, String subscriptionId, String story) {
    return partner.deliveries(subscriptionId).stream()
        .filter(d -> story.equals(d.getString("story", null)))
        .findFirst()
        .orElse(null);
  }

  static String hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }
}

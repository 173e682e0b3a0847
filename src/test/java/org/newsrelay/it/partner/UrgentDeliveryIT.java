package org.newsrelay.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.WebSubSubscriber;
import org.newsrelay.it.support.Wire;

/**
 * A flash (ninjs urgency 1) goes ahead of the deliveries already waiting for a subscriber: when a
 * subscriber that was down comes back, the flash is the first thing it receives, and the stories
 * that waited follow in their order.
 */
class UrgentDeliveryIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(120);

  @Test
  void aFlashOvertakesTheBacklog() throws Exception {
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    try (WebSubSubscriber subscriber = new WebSubSubscriber(2)) {
      HttpResponse<String> accepted =
          partner.subscribe(
              http.uri("/feeds/en/all.atom").toString(), subscriber.url("/cb"), null, 600);
      assertEquals(202, accepted.statusCode(), accepted.body());
      String subscription = Http.json(accepted).getString("subscription");
      assertEquals("active", partner.awaitDecided(subscription).getString("state"));

      subscriber.goDown();
      String run = UUID.randomUUID().toString();
      String first = wire.publish("Backlog one " + run);
      String second = wire.publish("Backlog two " + run);
      JsonObject flash =
          Wire.english("Flash: harbour closed " + run)
              .add("body_text", Copy.distinct("flash " + run))
              .add("urgency", 1)
              .build();
      String urgent = wire.push(flash.toString());
      Http.eventually(
          WAIT,
          () -> reader.story(urgent),
          r -> r.statusCode() == 200 && Http.json(r).getString("status").equals("published"));
      Http.eventually(
          WAIT,
          () ->
              partner.deliveries(subscription).stream().map(d -> d.getString("story", "")).toList(),
          stories -> stories.containsAll(List.of(first, second, urgent)));

      subscriber.comeBack();
      Http.eventually(WAIT, subscriber::deliveries, d -> d.size() >= 3);
      List<String> order =
          subscriber.deliveries().stream().map(r -> r.header("X-Newsrelay-Story")).toList();
      assertEquals(urgent, order.get(0), "the flash first: " + order);
      assertTrue(order.indexOf(first) < order.indexOf(second), "the backlog in order: " + order);
    }
  }
}

package org.newsrelay.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.WebSubSubscriber;

/**
 * A partner-only topic's feed can be followed through the hub by an entitled partner, and only by
 * it.
 */
class WebSubTopicIT extends ServerIT {

  @Test
  void entitledPartnerFollowsAPartnerOnlyTopic() throws Exception {
    // A made-up word, so that only this run's story is in the topic.
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    String slug = "desk-" + word;
    var topic = editor.createTopic(slug, "Partner desk " + word, "partner", word.toString());
    assertEquals(201, topic.statusCode(), topic.body());

    Partner entitled = Partner.subscriberTo(http, slug);
    Partner other = partner("\"subscriber\"", "\"en\"", null);
    String feed = http.uri("/feeds/en/" + slug + ".atom").toString();

    try (WebSubSubscriber subscriber = new WebSubSubscriber(2)) {
      var refused = other.subscribe(feed, subscriber.url("/other"), null, 600);
      assertEquals(400, refused.statusCode(), "a partner without the topic cannot follow it");

      var accepted = entitled.subscribe(feed, subscriber.url("/cb"), null, 600);
      assertEquals(202, accepted.statusCode(), accepted.body());
      var subscription = entitled.awaitDecided(Http.json(accepted).getString("subscription"));
      assertEquals("active", subscription.getString("state"), subscription.toString());

      String story = wire.publish("Harbour news about " + word);
      WebSubSubscriber.Received delivery =
          Http.eventually(
                  Duration.ofSeconds(60),
                  () ->
                      subscriber.deliveries().stream()
                          .filter(r -> story.equals(r.header("X-Newsrelay-Story")))
                          .findFirst(),
                  Optional::isPresent)
              .orElseThrow();
      assertTrue(
          Feeds.entry(Feeds.atom(delivery.text()), story).isPresent(),
          "the topic's feed, with the story");
    }
  }
}

package org.newsrelay.it.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.FixtureFeedServer;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;

/**
 * A publisher's RSS feed is registered, polled on schedule, and its items republished once each.
 */
class PolledFeedIT extends ServerIT {

  @Test
  void polledItemsAreRepublishedOnce() throws Exception {
    String run = UUID.randomUUID().toString();
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now());
    String rss =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel>
          <title>Fixture Wire</title><link>https://wire.example/</link><description>d</description>
          <language>en-us</language>
          <item><title>Harbour reopens after storm %1$s</title><link>https://wire.example/a/%1$s</link>
            <guid isPermaLink="false">fixture-a-%1$s</guid><pubDate>%2$s</pubDate>
            <description>&lt;p&gt;The harbour reopened on Tuesday.&lt;/p&gt;</description></item>
          <item><title>Council votes on budget %1$s</title><link>https://wire.example/b/%1$s</link>
            <guid isPermaLink="false">fixture-b-%1$s</guid><pubDate>%2$s</pubDate>
            <description>The council approved the budget.</description></item>
        </channel></rss>
        """
            .formatted(run, date);
    try (var publisher =
        new FixtureFeedServer("/feed.xml", "application/rss+xml; charset=UTF-8", rss)) {
      HttpResponse<String> registered =
          http.postJson("/api/v1/sources", "{\"url\": \"" + publisher.url("/feed.xml") + "\"}");
      assertEquals(201, registered.statusCode(), registered.body());
      String sourceId = Http.json(registered).getString("id");

      // The scheduler polls a new source within seconds; the items then travel through the queue.
      Channel channel =
          Http.eventually(
              Duration.ofSeconds(60),
              () -> reader.rss("/feeds/en/all.rss"),
              c -> titles(c).stream().filter(t -> t.endsWith(run)).count() == 2);
      assertTrue(titles(channel).contains("Harbour reopens after storm " + run));
      Item harbour =
          channel.getItems().stream()
              .filter(i -> i.getTitle().startsWith("Harbour"))
              .findFirst()
              .orElseThrow();
      assertEquals("https://wire.example/a/" + run, harbour.getLink());

      JsonObject health =
          Http.json(http.send(http.authorized("/api/v1/sources/" + sourceId).GET()));
      assertEquals("ok", health.getString("status"), health.toString());
      assertEquals("Fixture Wire", health.getString("title"));
      assertEquals(2, health.getInt("items_seen"));

      // Polling the same feed again adds nothing.
      int before = publisher.requests();
      HttpResponse<String> refreshed =
          http.send(
              http.authorized("/api/v1/sources/" + sourceId + "/refresh")
                  .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
      assertEquals(200, refreshed.statusCode(), refreshed.body());
      assertTrue(publisher.requests() > before, "refresh fetched the feed again");
      assertEquals(2, Http.json(refreshed).getInt("items_seen"));
      String uri = URLEncoder.encode("fixture-a-" + run, StandardCharsets.UTF_8);
      JsonObject found = Http.json(editor.stories("uri=" + uri));
      assertEquals(1, found.getJsonArray("items").size(), found.toString());
    }
  }

  @Test
  void sourceThatDoesNotParseShowsAsFailing() throws Exception {
    try (var publisher =
        new FixtureFeedServer("/news", "text/html", "<html><body>Not a feed</body></html>")) {
      HttpResponse<String> registered =
          http.postJson(
              "/api/v1/sources",
              "{\"url\": \"" + publisher.url("/news") + "\", \"language\": \"en\"}");
      assertEquals(201, registered.statusCode(), registered.body());
      String sourceId = Http.json(registered).getString("id");

      JsonObject health =
          Http.json(
              http.send(
                  http.authorized("/api/v1/sources/" + sourceId + "/refresh")
                      .POST(java.net.http.HttpRequest.BodyPublishers.noBody())));
      assertEquals("failing", health.getString("status"), health.toString());
      JsonObject error = health.getJsonObject("last_error");
      assertFalse(error.getString("reason").isBlank());
      assertFalse(error.getString("at").isBlank());
      assertTrue(health.containsKey("next_attempt"));
    }
  }

  @Test
  void sourceThatDoesNotAnswerShowsAsFailing() {
    // Port 9 (discard) on loopback: nothing listens there on these machines.
    HttpResponse<String> registered =
        http.postJson(
            "/api/v1/sources", "{\"url\": \"http://127.0.0.1:9/feed-" + UUID.randomUUID() + "\"}");
    assertEquals(201, registered.statusCode(), registered.body());
    String sourceId = Http.json(registered).getString("id");
    JsonObject health =
        Http.json(
            http.send(
                http.authorized("/api/v1/sources/" + sourceId + "/refresh")
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())));
    assertEquals("failing", health.getString("status"), health.toString());
    assertFalse(health.getJsonObject("last_error").getString("reason").isBlank());
  }

  private static List<String> titles(Channel channel) {
    return channel.getItems().stream().map(Item::getTitle).toList();
  }
}

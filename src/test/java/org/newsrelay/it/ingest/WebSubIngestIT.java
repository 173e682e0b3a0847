package org.newsrelay.it.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.FixtureFeedServer;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Problems;
import org.newsrelay.it.support.ServerIT;

/**
 * A polled feed that advertises a WebSub hub: the server subscribes, answers the hub's
 * verification, and takes the hub's signed pushes into the feeds without polling for them.
 */
class WebSubIngestIT extends ServerIT {

  @Test
  void theHubOfAPolledFeedIsSubscribedToAndItsSignedPushesArePublished() throws Exception {
    String run = UUID.randomUUID().toString();
    try (var hub = new FakeHub(600);
        var publisher = new FixtureFeedServer("/atom.xml", "application/atom+xml", "")) {
      String self = publisher.url("/atom.xml");
      String first = entry(run, 1);
      publisher.serve("application/atom+xml", feed(run, hub.url(), self, first));

      HttpResponse<String> registered =
          http.postJson("/api/v1/sources", "{\"url\": \"" + self + "\", \"language\": \"en\"}");
      assertEquals(201, registered.statusCode(), registered.body());
      String sourceId = Http.json(registered).getString("id");

      // The first poll sees the hub and subscribes; the hub then verifies the intent. Polled now
      // rather than by the scheduler: the database is shared, and another server may claim it.
      HttpResponse<String> polled =
          http.send(
              http.authorized("/api/v1/sources/" + sourceId + "/refresh")
                  .POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(200, polled.statusCode(), polled.body());
      FakeHub.Request subscribe =
          Http.eventually(Duration.ofSeconds(60), hub::requests, r -> !r.isEmpty()).get(0);
      assertEquals("subscribe", subscribe.get("hub.mode"));
      assertEquals(self, subscribe.get("hub.topic"));
      String callback = subscribe.get("hub.callback");
      assertTrue(
          URI.create(callback).getPath().startsWith("/websub/callback/"), "callback " + callback);
      String secret = subscribe.get("hub.secret");
      assertNotNull(secret, "a secret, so that pushes can be signed");
      assertTrue(secret.length() >= 32 && secret.length() < 200, secret);
      assertNotNull(subscribe.get("hub.lease_seconds"));

      FakeHub.Verification verification =
          Http.eventually(Duration.ofSeconds(30), hub::verifications, v -> !v.isEmpty()).get(0);
      assertTrue(verification.echoed(), verification.toString());
      assertTrue(verification.contentType().startsWith("text/plain"), verification.toString());

      JsonObject websub = websub(sourceId);
      assertEquals("active", websub.getString("state"), websub.toString());
      assertEquals(hub.url(), websub.getString("hub"));
      assertEquals(self, websub.getString("topic"));
      Instant expires = Instant.parse(websub.getString("lease_expires"));
      assertTrue(expires.isAfter(Instant.now().plusSeconds(500)), "the hub's lease: " + expires);

      // A verification that we did not ask for (another topic) is refused.
      HttpResponse<String> otherTopic =
          hub.get(
              URI.create(
                  callback
                      + "?hub.mode=subscribe&hub.topic="
                      + URLEncoder.encode("https://other.example/feed", StandardCharsets.UTF_8)
                      + "&hub.challenge=x&hub.lease_seconds=600"));
      Problems.assertProblem(404, otherTopic);

      // The hub pushes an entry that the publisher's feed does not even have: it can only come
      // from the push.
      Http.eventually(
          Duration.ofSeconds(60), () -> stories("urn:fixture:pushed:" + run + ":1"), n -> n == 1);
      byte[] pushed =
          feed(run, hub.url(), self, entry(run, 2) + first).getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> accepted =
          hub.push(
              callback,
              "application/atom+xml",
              pushed,
              "sha384=" + hmac("HmacSHA384", secret, pushed));
      assertEquals(2, accepted.statusCode() / 100, accepted.statusCode() + " " + accepted.body());
      Http.eventually(
          Duration.ofSeconds(60), () -> stories("urn:fixture:pushed:" + run + ":2"), n -> n == 1);
      assertTrue(
          reader.get("/feeds/en/all.atom").body().contains("Bridge reopens " + run),
          "the pushed story is in the feed");
      JsonObject source = source(sourceId);
      assertEquals(2, source.getInt("items_seen"), "one polled, one pushed: " + source);
      assertEquals(1, source.getJsonObject("websub").getInt("pushes"));
      assertTrue(source.getJsonObject("websub").containsKey("last_push"));

      // The same push again changes nothing: the inbox keeps each source and guid once.
      hub.push(
          callback, "application/atom+xml", pushed, "sha256=" + hmac("HmacSHA256", secret, pushed));
      assertEquals(2, source(sourceId).getInt("items_seen"));

      // A push signed with another secret is acknowledged, as WebSub asks, but ingests nothing.
      byte[] forged = feed(run, hub.url(), self, entry(run, 3)).getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> ignored =
          hub.push(
              callback,
              "application/atom+xml",
              forged,
              "sha256=" + hmac("HmacSHA256", "not-the-secret", forged));
      assertEquals(2, ignored.statusCode() / 100, ignored.statusCode() + " " + ignored.body());
      HttpResponse<String> unsigned = hub.push(callback, "application/atom+xml", forged, null);
      assertEquals(2, unsigned.statusCode() / 100, unsigned.statusCode() + " " + unsigned.body());
      source = source(sourceId);
      assertEquals(2, source.getInt("items_seen"), "nothing of the forged push: " + source);
      JsonObject error = source.getJsonObject("websub").getJsonObject("last_error");
      assertTrue(error.getString("reason").contains("X-Hub-Signature"), error.toString());
      assertEquals(0, stories("urn:fixture:pushed:" + run + ":3"));

      // Deleting the source unsubscribes; the hub's confirmation is answered, then the callback
      // is gone.
      HttpResponse<String> deleted =
          http.send(http.authorized("/api/v1/sources/" + sourceId).DELETE());
      assertEquals(204, deleted.statusCode(), deleted.body());
      FakeHub.Request unsubscribe =
          Http.eventually(Duration.ofSeconds(30), hub::requests, r -> r.size() > 1)
              .get(hub.requests().size() - 1);
      assertEquals("unsubscribe", unsubscribe.get("hub.mode"));
      assertEquals(callback, unsubscribe.get("hub.callback"));
      FakeHub.Verification confirmed =
          Http.eventually(
                  Duration.ofSeconds(30),
                  hub::verifications,
                  v -> v.stream().anyMatch(x -> x.mode().equals("unsubscribe")))
              .stream()
              .filter(x -> x.mode().equals("unsubscribe"))
              .findFirst()
              .orElseThrow();
      assertTrue(confirmed.echoed(), confirmed.toString());
      Problems.assertProblem(
          404, hub.get(URI.create(callback + "?hub.mode=subscribe&hub.topic=x&hub.challenge=y")));
      Problems.assertProblem(404, http.send(http.authorized("/api/v1/sources/" + sourceId).GET()));
    }
  }

  @Test
  void anUnknownCallbackOrSourceIsNotFoundAndTakesNoPushes() {
    String callback = "/websub/callback/" + UUID.randomUUID().toString().replace("-", "");
    Problems.assertProblem(
        404,
        reader.get(
            callback
                + "?hub.mode=subscribe&hub.topic=https%3A%2F%2Fwire.example%2F&hub.challenge=c"));
    Problems.assertProblem(
        410,
        http.send(
            http.request(callback)
                .header("Content-Type", "application/atom+xml")
                .header("X-Hub-Signature", "sha256=00")
                .POST(HttpRequest.BodyPublishers.ofString("<feed/>"))));
    Problems.assertProblem(
        404, http.send(http.authorized("/api/v1/sources/" + UUID.randomUUID()).DELETE()));
  }

  private JsonObject source(String id) {
    HttpResponse<String> response = http.send(http.authorized("/api/v1/sources/" + id).GET());
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  private JsonObject websub(String sourceId) {
    JsonObject source = source(sourceId);
    assertTrue(source.containsKey("websub"), source.toString());
    return source.getJsonObject("websub");
  }

  private int stories(String uri) {
    JsonObject found =
        Http.json(editor.stories("uri=" + URLEncoder.encode(uri, StandardCharsets.UTF_8)));
    return found.getJsonArray("items").size();
  }

  private static String hmac(String algorithm, String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static String entry(String run, int n) {
    String title =
        n == 1 ? "Ferry timetable changes " : n == 2 ? "Bridge reopens " : "Forged story ";
    return """
        <entry><id>urn:fixture:pushed:%1$s:%2$d</id><title>%3$s%1$s</title>
          <updated>%4$s</updated><link href="https://wire.example/pushed/%1$s/%2$d"/>
          <summary>The item number %2$d of this wire, in plain English words.</summary></entry>
        """
        .formatted(run, n, title, Instant.now().toString());
  }

  private static String feed(String run, String hub, String self, String entries) {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title>Pushed Wire</title><id>urn:fixture:pushed:%1$s</id><updated>%2$s</updated>
          <link rel="hub" href="%3$s"/><link rel="self" href="%4$s"/>
          %5$s
        </feed>
        """
        .formatted(run, Instant.now().toString(), hub, self, entries);
  }
}

package org.newsrelay.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.WebSubSubscriber;

/**
 * Who took what: a partner that read a story from the content API and one that was delivered it by
 * WebSub are in the story's audience with the versions they took; only the desk may ask.
 */
class AudienceIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void theDeskSeesWhichPartnerTookWhichVersion() throws Exception {
    Partner reader1 = partner("\"subscriber\"", "\"en\"", null);
    Partner subscriber1 = partner("\"subscriber\"", "\"en\"", null);
    try (WebSubSubscriber callback = new WebSubSubscriber(2)) {
      HttpResponse<String> accepted =
          subscriber1.subscribe(
              http.uri("/feeds/en/all.atom").toString(), callback.url("/a"), null, 600);
      assertEquals(202, accepted.statusCode(), accepted.body());
      assertEquals(
          "active",
          subscriber1
              .awaitDecided(Http.json(accepted).getString("subscription"))
              .getString("state"));

      String id = wire.publish("Audience story " + UUID.randomUUID());
      int first =
          Integer.parseInt(Http.json(reader1.get("/api/v1/content/en/" + id)).getString("version"));
      Http.eventually(
          WAIT,
          () ->
              callback.deliveries().stream()
                  .filter(r -> id.equals(r.header("X-Newsrelay-Story")))
                  .findFirst(),
          Optional::isPresent);
      assertEquals(
          200,
          editor
              .correctHeadline(id, "en", "Audience story corrected " + UUID.randomUUID(), "Name")
              .statusCode());
      int second =
          Integer.parseInt(
              Http.eventually(
                      WAIT,
                      () -> Http.json(reader1.get("/api/v1/content/en/" + id)),
                      c -> Integer.parseInt(c.getString("version")) > first)
                  .getString("version"));

      JsonObject audience =
          Http.eventually(
              WAIT,
              () -> Http.json(http.getAuthorized("/api/v1/stories/" + id + "/audience")),
              a -> took(a, subscriber1.id()).size() >= 2);
      JsonArray read = took(audience, reader1.id());
      assertEquals(2, read.size(), read.toString());
      assertEquals("content", read.getJsonObject(0).getString("channel"));
      assertEquals(first, read.getJsonObject(0).getInt("version"));
      assertEquals(second, read.getJsonObject(1).getInt("version"));
      JsonArray delivered = took(audience, subscriber1.id());
      assertEquals("websub", delivered.getJsonObject(0).getString("channel"));
      assertEquals(first, delivered.getJsonObject(0).getInt("version"), "the published version");
      assertEquals(second, delivered.getJsonObject(1).getInt("version"), "and the correction");

      assertEquals(401, reader.get("/api/v1/stories/" + id + "/audience").statusCode());
      assertEquals(403, reader1.get("/api/v1/stories/" + id + "/audience").statusCode());
    }
  }

  private static JsonArray took(JsonObject audience, String partner) {
    for (JsonObject p : audience.getJsonArray("partners").getValuesAs(JsonObject.class)) {
      if (p.getString("partner").equals(partner)) {
        return p.getJsonArray("took");
      }
    }
    return jakarta.json.JsonValue.EMPTY_JSON_ARRAY;
  }
}

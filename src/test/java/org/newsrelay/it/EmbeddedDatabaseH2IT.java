package org.newsrelay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The first-run default: H2 inside WildFly, no database settings at all. */
class EmbeddedDatabaseH2IT extends ServerIT {

  @Test
  void pushedStoryIsPublishedOnTheEmbeddedDatabase() {
    var ready = http.get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    String uri = "urn:newsml:it.example:h2:" + UUID.randomUUID();
    var pushed =
        http.postJson(
            "/api/v1/stories",
            "{\"uri\": \""
                + uri
                + "\", \"headline\": \"Embedded database works\", \"language\": \"en\","
                + " \"body_text\": \"Stored in H2.\", \"versioncreated\": \""
                + Instant.now()
                + "\"}");
    assertEquals(202, pushed.statusCode(), pushed.body());
    String id = Http.json(pushed).getString("id");
    Http.eventually(
        Duration.ofSeconds(60),
        () -> Feeds.entry(Feeds.atom(http.get("/feeds/en/all.atom").body()), id),
        java.util.Optional::isPresent);
  }
}

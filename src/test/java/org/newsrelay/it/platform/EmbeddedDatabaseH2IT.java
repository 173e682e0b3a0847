package org.newsrelay.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;

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
            jakarta.json.Json.createObjectBuilder()
                .add("uri", uri)
                .add("headline", "Embedded database works")
                .add("language", "en")
                // Copy of its own: the embedded database outlives a run, and a look-alike of an
                // earlier run's story would be folded into that story's entry.
                .add("body_text", Copy.distinct("Stored in H2"))
                .add("versioncreated", Instant.now().toString())
                .build()
                .toString());
    assertEquals(202, pushed.statusCode(), pushed.body());
    String id = Http.json(pushed).getString("id");
    Http.eventually(
        Duration.ofSeconds(60),
        () -> Feeds.entry(Feeds.atom(http.get("/feeds/en/all.atom").body()), id),
        java.util.Optional::isPresent);
  }
}

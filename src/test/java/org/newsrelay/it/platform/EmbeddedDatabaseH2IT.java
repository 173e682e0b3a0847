package org.newsrelay.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.Wire;

/** The first-run default: H2 inside WildFly, no database settings at all. */
class EmbeddedDatabaseH2IT extends ServerIT {

  @Test
  void pushedStoryIsPublishedOnTheEmbeddedDatabase() {
    var ready = reader.get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    String uri = "urn:newsml:it.example:h2:" + UUID.randomUUID();
    String id =
        wire.push(
            // Copy of its own: the embedded database outlives a run, and a look-alike of an
            // earlier run's story would be folded into that story's entry.
            Wire.story(
                    "en", "Embedded database works", Copy.distinct("Stored in H2"), Instant.now())
                .add("uri", uri));
    reader.awaitEntry("/feeds/en/all.atom", id);
  }
}

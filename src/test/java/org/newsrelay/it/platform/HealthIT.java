package org.newsrelay.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;

class HealthIT extends ServerIT {

  @Test
  void liveAndReadyWithDatabaseAndQueue() {
    assertEquals(200, reader.get("/health/live").statusCode());
    var ready = reader.get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject checks = Http.json(ready).getJsonObject("checks");
    assertEquals("UP", checks.getString("database"));
    assertEquals("UP", checks.getString("ingest-queue"));
  }
}

package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonViewsTest {
  enum Mode {
    SUBSCRIBE,
    DARK_BLUE
  }

  record Inner(int readsPerMinute, Long pushesPerMinute) {}

  record View(
      String zName,
      UUID id,
      boolean active,
      int count,
      long total,
      double confidence,
      Instant at,
      LocalDate day,
      Mode mode,
      Set<String> roles,
      Map<String, String> names,
      Inner rateLimits,
      List<Inner> history,
      JsonValue rules,
      String leftOut) {}

  @Test
  void membersInDeclarationOrderSnakeCaseNullsLeftOut() {
    UUID id = UUID.fromString("7a30c681-e96c-4438-a62a-811d8b84a383");
    Map<String, String> names = new LinkedHashMap<>();
    names.put("zh-Hans", "芯片");
    names.put("en", "Chips");
    names.put("fr", null);
    String json =
        JsonViews.text(
            new View(
                "z",
                id,
                true,
                -3,
                9_000_000_000L,
                0.25,
                Instant.parse("2026-11-28T08:30:00Z"),
                LocalDate.parse("2026-01-31"),
                Mode.DARK_BLUE,
                new TreeSet<>(Set.of("wire", "subscriber")),
                names,
                new Inner(5, null),
                List.of(new Inner(1, 2L)),
                Json.createObjectBuilder().add("include", Json.createArrayBuilder()).build(),
                null));
    String built =
        Json.createObjectBuilder()
            .add("z_name", "z")
            .add("id", id.toString())
            .add("active", true)
            .add("count", -3)
            .add("total", 9_000_000_000L)
            .add("confidence", 0.25)
            .add("at", "2026-11-28T08:30:00Z")
            .add("day", "2026-01-31")
            .add("mode", "dark_blue")
            .add("roles", Json.createArrayBuilder().add("subscriber").add("wire"))
            .add("names", Json.createObjectBuilder().add("zh-Hans", "芯片").add("en", "Chips"))
            .add("rate_limits", Json.createObjectBuilder().add("reads_per_minute", 5))
            .add(
                "history",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("reads_per_minute", 1)
                            .add("pushes_per_minute", 2)))
            .add("rules", Json.createObjectBuilder().add("include", Json.createArrayBuilder()))
            .build()
            .toString();
    assertEquals(built, json, "the very text a builder wrote");
  }

  record Request(String bodyText, List<String> roles, Inner rateLimits, Instant until) {}

  @Test
  void whatIsWrittenReadsBack() {
    Request request =
        new Request(
            "b\u0000\"\\",
            List.of("a", "b"),
            new Inner(5, 6L),
            Instant.parse("2026-11-28T08:30:00Z"));
    assertEquals(
        request,
        JsonBodies.read(JsonViews.text(request).getBytes(StandardCharsets.UTF_8), Request.class));
  }
}

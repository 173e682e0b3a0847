package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {
  enum Colour {
    RED,
    DARK_BLUE
  }

  record Limits(Integer readsPerMinute, long pushesPerMinute) {}

  record Everything(
      String name,
      boolean active,
      Boolean flag,
      int count,
      Long total,
      Instant until,
      UUID id,
      Colour colour,
      List<String> roles,
      Set<Integer> numbers,
      Map<String, String> names,
      Limits rateLimits,
      List<Limits> history,
      JsonValue rules,
      Optional<Instant> embargo) {}

  record Names(String bodyText, String name, String rulesVersion2, Map<String, List<Long>> byDay) {}

  /** Its rules in its constructor, as the API's requests have theirs. */
  record Named(String name) {
    Named {
      if (name == null || name.isBlank()) {
        throw InvalidInput.field("name", "A thing needs a \"name\".");
      }
    }
  }

  static <R extends Record> R read(String json, Class<R> type) {
    return JsonBodies.read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  static InvalidInput refused(String json, Class<? extends Record> type) {
    return assertThrows(InvalidInput.class, () -> read(json, type));
  }

  static void refusedAt(String field, String json, Class<? extends Record> type) {
    InvalidInput e = refused(json, type);
    assertEquals(field, e.extensions().get("field"), e.detail());
    assertTrue(e.detail().contains("\"" + field + "\""), e.detail());
  }

  static final String MINIMAL = "{\"active\": true, \"count\": 1}";

  static String with(String member) {
    return "{\"active\": true, \"count\": 1, " + member + "}";
  }

  @Test
  void everyTypeBinds() {
    UUID id = UUID.randomUUID();
    Everything e =
        read(
            "{\"name\": \"n\", \"active\": true, \"flag\": false, \"count\": -3, \"total\":"
                + " 9000000000, \"until\": \"2026-11-28T08:30:00+08:00\", \"id\": \""
                + id
                + "\", \"colour\": \"dark_blue\", \"roles\": [\"a\", \"b\"], \"numbers\": [3,"
                + " 1, 3], \"names\": {\"en\": \"Chips\", \"zh-Hans\": null}, \"rate_limits\":"
                + " {\"reads_per_minute\": 5, \"pushes_per_minute\": 6}, \"history\":"
                + " [{\"pushes_per_minute\": 1}], \"rules\": {\"include\": [1]}, \"embargo\":"
                + " \"2026-11-28T08:30:00Z\", \"unknown\": [1, 2, {}]}",
            Everything.class);
    assertEquals("n", e.name());
    assertTrue(e.active());
    assertEquals(false, e.flag());
    assertEquals(-3, e.count());
    assertEquals(9_000_000_000L, e.total());
    assertEquals(Instant.parse("2026-11-28T00:30:00Z"), e.until());
    assertEquals(id, e.id());
    assertEquals(Colour.DARK_BLUE, e.colour());
    assertEquals(List.of("a", "b"), e.roles());
    assertEquals(List.of(3, 1), List.copyOf(e.numbers()));
    assertEquals("Chips", e.names().get("en"));
    assertTrue(e.names().containsKey("zh-Hans"));
    assertNull(e.names().get("zh-Hans"));
    assertEquals(new Limits(5, 6), e.rateLimits());
    assertEquals(List.of(new Limits(null, 1)), e.history());
    assertEquals("{\"include\":[1]}", e.rules().toString());
    assertEquals(Optional.of(Instant.parse("2026-11-28T08:30:00Z")), e.embargo());
  }

  @Test
  void namesAreSnakeCase() {
    assertEquals("body_text", JsonRecords.jsonName("bodyText"));
    assertEquals("reads_per_minute", JsonRecords.jsonName("readsPerMinute"));
    assertEquals("name", JsonRecords.jsonName("name"));
    assertEquals("rules_version2", JsonRecords.jsonName("rulesVersion2"));
    Names n =
        read(
            "{\"body_text\": \"b\", \"bodyText\": \"camel\", \"name\": \"x\", \"rules_version2\":"
                + " \"v\", \"by_day\": {\"mon\": [1, 2]}}",
            Names.class);
    assertEquals(new Names("b", "x", "v", Map.of("mon", List.of(1L, 2L))), n);
  }

  @Test
  void absentAndNullAreTold() {
    Everything absent = read(MINIMAL, Everything.class);
    assertNull(absent.name());
    assertNull(absent.rules());
    assertNull(absent.embargo());
    assertNull(absent.roles());
    assertNull(absent.rateLimits());
    Everything nulls =
        read(
            with("\"name\": null, \"rules\": null, \"embargo\": null, \"roles\": null"),
            Everything.class);
    assertNull(nulls.name());
    assertSame(JsonValue.NULL, nulls.rules());
    assertEquals(Optional.empty(), nulls.embargo());
    assertNull(nulls.roles());
  }

  @Test
  void aWrongTypeIsRefusedByName() {
    refusedAt("name", with("\"name\": 5"), Everything.class);
    refusedAt("name", with("\"name\": true"), Everything.class);
    refusedAt("name", with("\"name\": [\"x\"]"), Everything.class);
    refusedAt("name", with("\"name\": {}"), Everything.class);
    refusedAt("flag", with("\"flag\": \"true\""), Everything.class);
    refusedAt("flag", with("\"flag\": 1"), Everything.class);
    refusedAt("active", "{\"active\": \"yes\", \"count\": 1}", Everything.class);
    refusedAt("total", with("\"total\": \"5\""), Everything.class);
    refusedAt("until", with("\"until\": 1764318600"), Everything.class);
    refusedAt("until", with("\"until\": \"tomorrow\""), Everything.class);
    refusedAt("id", with("\"id\": \"not-a-uuid\""), Everything.class);
    refusedAt("id", with("\"id\": 7"), Everything.class);
    refusedAt("colour", with("\"colour\": \"green\""), Everything.class);
    refusedAt("colour", with("\"colour\": \"RED\""), Everything.class);
    refusedAt("colour", with("\"colour\": 0"), Everything.class);
    refusedAt("roles", with("\"roles\": \"subscriber\""), Everything.class);
    refusedAt("names", with("\"names\": [\"en\"]"), Everything.class);
    refusedAt("rate_limits", with("\"rate_limits\": 5"), Everything.class);
    refusedAt("embargo", with("\"embargo\": 5"), Everything.class);
  }

  @Test
  void numbersAreWholeAndInRange() {
    refusedAt("count", "{\"active\": true, \"count\": 1.5}", Everything.class);
    refusedAt("count", "{\"active\": true, \"count\": 1.0}", Everything.class);
    refusedAt("count", "{\"active\": true, \"count\": 1e2}", Everything.class);
    refusedAt("count", "{\"active\": true, \"count\": 1e999999999}", Everything.class);
    refusedAt("count", "{\"active\": true, \"count\": 2147483648}", Everything.class);
    assertEquals(
        Integer.MIN_VALUE,
        read("{\"active\": true, \"count\": -2147483648}", Everything.class).count());
    refusedAt("total", with("\"total\": 9223372036854775808"), Everything.class);
    refusedAt("total", with("\"total\": " + "9".repeat(1000)), Everything.class);
  }

  @Test
  void aPrimitiveIsRequired() {
    refusedAt("count", "{\"active\": true}", Everything.class);
    refusedAt("count", "{\"active\": true, \"count\": null}", Everything.class);
    refusedAt("active", "{\"count\": 1}", Everything.class);
  }

  @Test
  void nestedPathsAreNamed() {
    refusedAt(
        "rate_limits.reads_per_minute",
        with("\"rate_limits\": {\"reads_per_minute\": \"5\"," + " \"pushes_per_minute\": 1}"),
        Everything.class);
    refusedAt("rate_limits.pushes_per_minute", with("\"rate_limits\": {}"), Everything.class);
    refusedAt("roles[1]", with("\"roles\": [\"a\", 2]"), Everything.class);
    refusedAt("roles[0]", with("\"roles\": [null]"), Everything.class);
    refusedAt("numbers[0]", with("\"numbers\": [\"1\"]"), Everything.class);
    refusedAt("names.en", with("\"names\": {\"en\": 5}"), Everything.class);
    refusedAt(
        "history[1].pushes_per_minute",
        with("\"history\": [{\"pushes_per_minute\": 1}, {\"pushes_per_minute\": false}]"),
        Everything.class);
    refusedAt("history[0]", with("\"history\": [[]]"), Everything.class);
    refusedAt("by_day.mon[2]", "{\"by_day\": {\"mon\": [1, 2, \"3\"]}}", Names.class);
  }

  @Test
  void theRecordsRulesRun() {
    assertEquals("x", read("{\"name\": \"x\"}", Named.class).name());
    InvalidInput e = refused("{\"name\": \" \"}", Named.class);
    assertEquals("name", e.extensions().get("field"));
    assertEquals("A thing needs a \"name\".", e.detail());
    refusedAt("name", "{}", Named.class);
  }

  @Test
  void theBodysOwnProblemsStayAsTheyWere() {
    assertEquals("The request body is empty.", refused("", Named.class).detail());
    assertEquals(
        "The request body is empty.",
        assertThrows(InvalidInput.class, () -> JsonBodies.read(null, Named.class)).detail());
    assertEquals("Expected a JSON object.", refused("[1]", Named.class).detail());
    assertEquals("Expected a JSON object.", refused("\"x\"", Named.class).detail());
    assertEquals(
        "Say {}.",
        assertThrows(
                InvalidInput.class,
                () ->
                    JsonBodies.read(
                        "true".getBytes(StandardCharsets.UTF_8), Named.class, "Say {}."))
            .detail());
    InvalidInput malformed = refused("{\"name\": ", Named.class);
    assertEquals("Malformed JSON", malformed.title());
    assertEquals("The request body is not valid JSON.", malformed.detail());
    // The parser reads no number of more than 1100 digits; that was a 500.
    InvalidInput longNumber = refused("{\"name\": " + "9".repeat(2000) + "}", Named.class);
    assertTrue(longNumber.detail().contains("number"), longNumber.detail());
    String deep = "{\"name\": " + "[".repeat(JsonBodies.MAX_DEPTH + 1) + "]".repeat(100) + "}";
    InvalidInput tooDeep = refused(deep, Named.class);
    assertEquals("JSON nested too deeply", tooDeep.title());
    assertEquals(JsonBodies.MAX_DEPTH, tooDeep.extensions().get("limit"));
  }
}

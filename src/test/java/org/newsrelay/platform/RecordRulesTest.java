package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bean Validation of bound records, refused as the strict reader refuses: field and detail. */
class RecordRulesTest {
  record Limits(
      @Min(value = 1, message = "\"rate_limits.reads_per_minute\" must be from 1 to 10.")
          @Max(value = 10, message = "\"rate_limits.reads_per_minute\" must be from 1 to 10.")
          Long readsPerMinute) {}

  record Rules(List<@NotBlank(message = "A rule is not blank.") String> include) {}

  record Item(@NotNull(message = "An item needs a \"label\".") String label) {}

  record Request(
      @NotBlank(message = "A request needs a \"name\": \\{\"name\": \"x\"\\}.") String name,
      @Size(max = 3, message = "\"nickname\" is longer than 3 characters.") String nickname,
      @Valid Limits rateLimits,
      @Valid Rules rules,
      List<@Valid Item> items,
      Map<String, @Size(max = 2, message = "A name is at most 2 long.") String> names) {}

  /** Not cascaded into: its rules are its own business. */
  record Loose(Limits rateLimits) {}

  static <R extends Record> R read(String json, Class<R> type) {
    return JsonBodies.read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  static InvalidInput refusedAt(String field, String json) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> read(json, Request.class), json);
    assertEquals(field, e.extensions().get("field"), e.detail());
    assertEquals("Bad request", e.title());
    return e;
  }

  @Test
  void aValidRecordPasses() {
    Request r =
        read(
            "{\"name\": \"n\", \"nickname\": \"abc\", \"rate_limits\": {\"reads_per_minute\": 10},"
                + " \"rules\": {\"include\": [\"a\"]}, \"items\": [{\"label\": \"x\"}],"
                + " \"names\": {\"en\": \"ab\"}}",
            Request.class);
    assertEquals("n", r.name());
    assertEquals(10L, r.rateLimits().readsPerMinute());
    assertEquals("n", read("{\"name\": \"n\"}", Request.class).name());
  }

  @Test
  void theMessageIsTheDetailAndTheFieldItsJsonName() {
    InvalidInput e = refusedAt("name", "{\"name\": \" \"}");
    assertEquals("A request needs a \"name\": {\"name\": \"x\"}.", e.detail());
    refusedAt("name", "{}");
    assertEquals(
        "\"nickname\" is longer than 3 characters.",
        refusedAt("nickname", "{\"name\": \"n\", \"nickname\": \"abcd\"}").detail());
  }

  @Test
  void aNestedComponentIsNamedByItsPath() {
    InvalidInput e =
        refusedAt(
            "rate_limits.reads_per_minute",
            "{\"name\": \"n\", \"rate_limits\": {\"reads_per_minute\": 0}}");
    assertEquals("\"rate_limits.reads_per_minute\" must be from 1 to 10.", e.detail());
    // Without @Valid the nested record's constraints are not looked at.
    assertEquals(
        11L,
        read("{\"rate_limits\": {\"reads_per_minute\": 11}}", Loose.class)
            .rateLimits()
            .readsPerMinute());
  }

  @Test
  void elementsAreNamedByIndexAndKey() {
    assertEquals(
        "A rule is not blank.",
        refusedAt("rules.include[1]", "{\"name\": \"n\", \"rules\": {\"include\": [\"a\", \"\"]}}")
            .detail());
    refusedAt("items[1].label", "{\"name\": \"n\", \"items\": [{\"label\": \"x\"}, {}]}");
    refusedAt("names.fr", "{\"name\": \"n\", \"names\": {\"en\": \"ab\", \"fr\": \"abc\"}}");
  }

  @Test
  void theFirstByPathIsAnswered() {
    // name < nickname < rate_limits: whatever order the validator found them in.
    refusedAt("name", "{\"nickname\": \"abcd\", \"rate_limits\": {\"reads_per_minute\": 0}}");
    refusedAt(
        "nickname",
        "{\"name\": \"n\", \"nickname\": \"abcd\", \"rate_limits\": {\"reads_per_minute\": 0}}");
  }
}

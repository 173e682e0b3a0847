package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of refusal leaves as the problem its kind stands for, with what it says kept. */
class DomainExceptionTest {

  private static JsonObject answer(DomainException e) {
    // What DomainExceptionMapper sends; JAX-RS's Response needs a container, a Problem does not.
    Problem problem = ProblemMappers.problem(e);
    JsonObject body = Json.createReader(new StringReader(problem.toJson())).readObject();
    assertEquals(problem.status(), body.getInt("status"));
    return body;
  }

  @Test
  void everyKindHasItsStatus() {
    assertEquals(400, answer(new InvalidInput("x")).getInt("status"));
    assertEquals(403, answer(new NotPermitted("x")).getInt("status"));
    assertEquals(404, answer(new NotFound("x")).getInt("status"));
    assertEquals(409, answer(new Conflict("x")).getInt("status"));
    assertEquals(410, answer(new Gone("x")).getInt("status"));
    assertEquals(413, answer(new TooLarge("x")).getInt("status"));
  }

  @Test
  void theFieldAndTheDetailReachTheClient() {
    JsonObject body = answer(InvalidInput.field("headline", "\"headline\" is required."));
    assertEquals("Bad request", body.getString("title"));
    assertEquals("\"headline\" is required.", body.getString("detail"));
    assertEquals("headline", body.getString("field"));
  }

  @Test
  void aTitleAndListsOfItsOwnAreKept() {
    JsonObject body =
        answer(
            new InvalidInput(
                "Unknown language", "\"xx\" is not ours.", Map.of("available", List.of("en"))));
    assertEquals("Unknown language", body.getString("title"));
    assertEquals("en", body.getJsonArray("available").getString(0));
  }
}

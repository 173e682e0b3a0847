package org.newsrelay.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** What every client mistake must get: an RFC 9457 problem with its status, never a stack trace. */
public final class Problems {
  private Problems() {}

  public static JsonObject assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        "problem+json, not " + response.headers().firstValue("Content-Type"));
    assertFalse(response.body().contains("Exception"), response.body());
    assertFalse(response.body().contains("\tat "), response.body());
    JsonObject problem = Http.json(response);
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    return problem;
  }
}

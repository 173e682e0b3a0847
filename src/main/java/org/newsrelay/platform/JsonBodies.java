package org.newsrelay.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;

/**
 * Request bodies read as JSON objects, with the same 400 problems everywhere: an empty body, a body
 * that is not JSON (mapped by {@link ProblemMappers}), and JSON that is not an object.
 */
public final class JsonBodies {
  private JsonBodies() {}

  public static JsonObject object(byte[] body) {
    return object(body, "Expected a JSON object.");
  }

  /**
   * @param notAnObject the problem's detail when the JSON is not an object, ideally with an example
   */
  public static JsonObject object(byte[] body, String notAnObject) {
    if (body == null || body.length == 0) {
      throw ProblemException.badRequest("The request body is empty.");
    }
    JsonValue value = Json.createReader(new ByteArrayInputStream(body)).readValue();
    if (!(value instanceof JsonObject json)) {
      throw ProblemException.badRequest(notAnObject);
    }
    return json;
  }
}

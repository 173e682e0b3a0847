package org.newsrelay.platform;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * Request bodies read as JSON, with the same 400 problems everywhere: an empty body, a body that is
 * not JSON, JSON nested deeper than any request of ours needs, and JSON that is not an object. The
 * API's own requests are read with {@link #read} into typed records ({@link JsonRecords}: a field
 * of the wrong type is refused by name); {@link #value} is the lenient tree, for ninjs from wires.
 */
public final class JsonBodies {
  /**
   * No request of the API nests deeper than a ninjs story's associations (about 6); the parser
   * reads nesting by recursion, so a body of 100,000 brackets would overflow its stack.
   */
  static final int MAX_DEPTH = Settings.current().maxJsonDepth();

  private JsonBodies() {}

  /**
   * The body as the request record {@code type}: members named in snake_case, each of the type its
   * component says, or a 400 naming the field; the record's own rules run as it is made, then its
   * components' Bean Validation constraints ({@link RecordRules}), the first broken a 400 naming
   * the field too.
   *
   * @throws DomainException and nothing else, whatever the bytes
   */
  public static <R extends Record> R read(byte[] body, Class<R> type) {
    return read(body, type, "Expected a JSON object.");
  }

  /**
   * @param notAnObject the problem's detail when the JSON is not an object, ideally with an example
   */
  public static <R extends Record> R read(byte[] body, Class<R> type, String notAnObject) {
    JsonObject json;
    try {
      json = object(body, notAnObject);
    } catch (JsonException e) {
      // What ProblemMappers.JsonExceptionMapper answers, said as the domain's refusal.
      throw new InvalidInput("Malformed JSON", "The request body is not valid JSON.", Map.of());
    }
    return RecordRules.check(JsonRecords.bind(json, type));
  }

  public static JsonObject object(byte[] body) {
    return object(body, "Expected a JSON object.");
  }

  /**
   * @param notAnObject the problem's detail when the JSON is not an object, ideally with an example
   */
  public static JsonObject object(byte[] body, String notAnObject) {
    if (!(value(body) instanceof JsonObject json)) {
      throw new InvalidInput(notAnObject);
    }
    return json;
  }

  /** Any JSON value, once its nesting has been counted without parsing it. */
  public static JsonValue value(byte[] body) {
    if (body == null || body.length == 0) {
      throw new InvalidInput("The request body is empty.");
    }
    int depth = depth(body);
    if (depth > MAX_DEPTH) {
      throw new InvalidInput(
          "JSON nested too deeply",
          "The request body nests arrays and objects more than " + MAX_DEPTH + " deep.",
          Map.of("limit", MAX_DEPTH));
    }
    try {
      return Json.createReader(new ByteArrayInputStream(body)).readValue();
    } catch (UnsupportedOperationException e) {
      // Parsson's guard against numbers of more than 1100 digits, which was answered with a 500.
      throw new InvalidInput("The request body has a number too long to read.");
    }
  }

  /**
   * The deepest nesting of arrays and objects, brackets inside strings not counted; a cheap pass
   * that stops as soon as the limit is passed. Malformed JSON is left to the parser to refuse.
   */
  static int depth(byte[] body) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        deepest = Math.max(deepest, ++depth);
        if (deepest > MAX_DEPTH) {
          return deepest;
        }
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
    return deepest;
  }
}

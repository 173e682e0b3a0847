package org.newsrelay.platform;

import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * An RFC 9457 problem detail: what a client did wrong, never how the server is built. Plain data;
 * {@link ProblemMappers#response} makes it an answer at the web edge.
 */
public record Problem(int status, String title, String detail, Map<String, Object> extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem(int status, String title, String detail) {
    this(status, title, detail, Map.of());
  }

  public String toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      json.add("detail", detail);
    }
    extensions.forEach(
        (name, value) -> {
          if (value instanceof Iterable<?> values) {
            var array = Json.createArrayBuilder();
            values.forEach(v -> array.add(String.valueOf(v)));
            json.add(name, array);
          } else if (value instanceof Number number) {
            json.add(name, number.longValue());
          } else {
            json.add(name, String.valueOf(value));
          }
        });
    return json.build().toString();
  }
}

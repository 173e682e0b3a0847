package org.newsrelay.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * What the desk's tests share: people with given roles (made through the users API, unique per run,
 * since the test database outlives runs), stories pushed by them, and waiting for a story.
 */
public final class DeskFixture {
  public static final String PASSWORD = "desk-test-password-1";

  private final Http admin;
  private final URL base;

  public DeskFixture(URL base, Http admin) {
    this.base = base;
    this.admin = admin;
  }

  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** Someone with an account, and a client that sends their Basic credentials. */
  public record Person(String username, Http http) {
    public String origin() {
      return "push:" + username;
    }
  }

  /** A new account with these roles. */
  public Person person(String prefix, String... roles) {
    String username = prefix + "-" + unique();
    HttpResponse<String> created =
        admin.postJson(
            "/api/v1/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", PASSWORD)
                .add("roles", Json.createArrayBuilder(java.util.List.of(roles)))
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return new Person(username, new Http(base, username, PASSWORD));
  }

  public static JsonObjectBuilder story(String language, String headline, String body) {
    return Json.createObjectBuilder()
        .add("uri", "urn:newsml:it.example:desk:" + UUID.randomUUID())
        .add("headline", headline)
        .add("language", language)
        .add("body_text", body);
  }

  /** Pushes a story and waits until it is stored. */
  public String push(Http wire, JsonObjectBuilder story) {
    HttpResponse<String> pushed = wire.postJson("/api/v1/stories", story.build().toString());
    assertEquals(202, pushed.statusCode(), pushed.body());
    String id = Http.json(pushed).getString("id");
    Http.eventually(
        Duration.ofSeconds(60),
        () -> Http.json(admin.getAuthorized("/api/v1/stories/" + id)),
        json -> json.containsKey("headline"));
    return id;
  }

  public JsonObject story(String id) {
    return Http.json(admin.getAuthorized("/api/v1/stories/" + id));
  }

  public static HttpResponse<String> send(Http client, String method, String path, String json) {
    HttpRequest.Builder request = client.authorized(path);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return client.send(request);
  }
}

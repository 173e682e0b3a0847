package org.newsrelay.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A wire pushing copy to POST /api/v1/stories, with a wire account's password, a partner's key or
 * the admin's: the one way the tests push stories.
 */
public final class Wire {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final Http http;
  private final Http desk;
  private final String origin;

  /** The wire's own client, the admin's (to see a story stored), and its stories' origin. */
  public Wire(Http http, Http desk, String origin) {
    this.http = http;
    this.desk = desk;
    this.origin = origin;
  }

  /** The origin of this wire's stories, as the desk names and trusts it. */
  public String origin() {
    return origin;
  }

  /** A story with a uri of its own; add more fields to the builder as the test needs. */
  public static JsonObjectBuilder story(String language, String headline, String body) {
    return Json.createObjectBuilder()
        .add("uri", "urn:newsrelay:it:" + UUID.randomUUID())
        .add("headline", headline)
        .add("language", language)
        .add("body_text", body);
  }

  /** A story with a uri of its own, written at this time. */
  public static JsonObjectBuilder story(
      String language, String headline, String body, Instant versionCreated) {
    return story(language, headline, body).add("versioncreated", versionCreated.toString());
  }

  /** An English story written now, with copy nobody else has (see Copy). */
  public static JsonObjectBuilder english(String headline) {
    return story("en", headline, Copy.distinct(headline), Instant.now());
  }

  /** Pushes a JSON body as it is, and answers as the server does. */
  public HttpResponse<String> send(String json) {
    return send("application/json", json);
  }

  /** Pushes a body of this type as it is, with more headers as name, value pairs. */
  public HttpResponse<String> send(String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        http.authorized("/api/v1/stories").POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request);
  }

  /** Pushes a story, which must be accepted (202), and answers its id. */
  public String push(JsonObjectBuilder story) {
    return push(story.build().toString());
  }

  /** Pushes a JSON body, which must be accepted (202), and answers its id. */
  public String push(String json) {
    HttpResponse<String> pushed = send(json);
    assertEquals(202, pushed.statusCode(), pushed.body());
    return Http.json(pushed).getString("id");
  }

  /** Pushes a story and waits until the desk has stored it. */
  public String pushStored(JsonObjectBuilder story) {
    String id = push(story);
    Http.eventually(
        WAIT,
        () -> Http.json(desk.getAuthorized("/api/v1/stories/" + id)),
        json -> json.containsKey("headline"));
    return id;
  }

  /** Pushes an English story and waits until anyone can read it, published. */
  public String publish(String headline) {
    return publish(english(headline));
  }

  /** Pushes a story and waits until it is published. */
  public String publish(JsonObjectBuilder story) {
    String id = push(story);
    Http.eventually(
        WAIT,
        () -> desk.get("/api/v1/stories/" + id),
        r -> r.statusCode() == 200 && Http.json(r).getString("status").equals("published"));
    return id;
  }

  /** Pushes an English story; it is published in the background. */
  public String publishQuickly(String headline) {
    return push(english(headline));
  }

  /** The wire's own client, for the other routes a test has it try. */
  public Http http() {
    return http;
  }

  /** The same wire pushing without any credentials. */
  public Wire withoutCredentials() {
    return new Wire(http.anonymous(), desk, origin);
  }

  /** The same credentials trying the desk's actions, which a wire may not take. */
  public Editor atTheDesk(String username) {
    return new Editor(http, username);
  }

  /** The wire's own view of a story, with its credentials. */
  public HttpResponse<String> read(String id) {
    return http.getAuthorized("/api/v1/stories/" + id);
  }
}

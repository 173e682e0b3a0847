package org.newsrelay.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An editor at the desk: the story actions of the desk API (publish, hold, kill, embargo, correct,
 * link, merge, pin, terms) and topics, each answered as the server answers it, so tests assert the
 * status.
 */
public final class Editor {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final Http http;
  private final String username;

  public Editor(Http http, String username) {
    this.http = http;
    this.username = username;
  }

  public String username() {
    return username;
  }

  /** The editor's own client, for the desk's other routes (topics, origins, users). */
  public Http http() {
    return http;
  }

  private HttpResponse<String> act(String id, String action, String json) {
    return http.call("POST", "/api/v1/stories/" + id + "/" + action, json);
  }

  public HttpResponse<String> publish(String id) {
    return act(id, "publish", null);
  }

  public HttpResponse<String> hold(String id) {
    return act(id, "hold", null);
  }

  public HttpResponse<String> kill(String id, String reason) {
    return killWith(id, Json.createObjectBuilder().add("reason", reason).build().toString());
  }

  /** A kill with a body of the test's own, such as one without a reason. */
  public HttpResponse<String> killWith(String id, String json) {
    return act(id, "kill", json);
  }

  public HttpResponse<String> embargo(String id, Instant until) {
    return embargoUntil(id, "\"" + until + "\"");
  }

  public HttpResponse<String> liftEmbargo(String id) {
    return embargoUntil(id, "null");
  }

  /** An embargo with "until" as the test writes it (a JSON value, even a wrong one). */
  public HttpResponse<String> embargoUntil(String id, String until) {
    return act(id, "embargo", "{\"until\": " + until + "}");
  }

  /** A correction of the original's headline or of one rendition's, with a note. */
  public HttpResponse<String> correctHeadline(
      String id, String rendition, String headline, String note) {
    return correct(
        id,
        Json.createObjectBuilder()
            .add("rendition", rendition)
            .add("headline", headline)
            .add("note", note));
  }

  public HttpResponse<String> correct(String id, JsonObjectBuilder correction) {
    return correct(id, correction.build().toString());
  }

  /** A correction as the test writes it: {"rendition"?, "headline"?, "body_text"?, "note"}. */
  public HttpResponse<String> correct(String id, String json) {
    return act(id, "correct", json);
  }

  /** Links a translation, both ways. */
  public HttpResponse<String> linkTranslation(String id, String other) {
    return act(id, "translations", "{\"story\": \"" + other + "\"}");
  }

  public HttpResponse<String> unlinkTranslation(String id, String other) {
    return http.call("DELETE", "/api/v1/stories/" + id + "/translations/" + other, null);
  }

  /** The other story's cluster joins this one's. */
  public HttpResponse<String> merge(String id, String other) {
    return act(id, "merge", "{\"with\": \"" + other + "\"}");
  }

  public HttpResponse<String> split(String id) {
    return act(id, "split", null);
  }

  public HttpResponse<String> pin(String id, String topic, Instant until) {
    return act(id, "pin", "{\"topic\": \"" + topic + "\", \"until\": \"" + until + "\"}");
  }

  public HttpResponse<String> unpin(String id, String topic) {
    return http.call("DELETE", "/api/v1/stories/" + id + "/pin?topic=" + topic, null);
  }

  public HttpResponse<String> acceptWireVersion(String id) {
    return act(id, "wire-version/accept", null);
  }

  public HttpResponse<String> wireVersion(String id) {
    return http.getAuthorized("/api/v1/stories/" + id + "/wire-version");
  }

  /** Creates a topic from a body the test builds (as {@link #topic} does), answered as it is. */
  public HttpResponse<String> createTopic(JsonObjectBuilder topic) {
    return http.postJson("/api/v1/topics", topic.build().toString());
  }

  /** Creates a topic of {@link #topic}'s shape. */
  public HttpResponse<String> createTopic(
      String slug, String name, String visibility, String... include) {
    return createTopic(topic(slug, name, visibility, include));
  }

  /**
   * A topic's body: its slug, English name, visibility (null: the server's default) and the words
   * that bring stories in.
   */
  public static JsonObjectBuilder topic(
      String slug, String name, String visibility, String... include) {
    JsonObjectBuilder topic =
        Json.createObjectBuilder()
            .add("slug", slug)
            .add("names", Json.createObjectBuilder().add("en", name));
    if (visibility != null) {
      topic.add("visibility", visibility);
    }
    return topic.add(
        "rules",
        Json.createObjectBuilder().add("include", Json.createArrayBuilder(List.of(include))));
  }

  /** Adds a newsroom conversion term: {"target", "source", "term", "note"}. */
  public HttpResponse<String> addTerm(String target, String source, String term, String note) {
    return http.postJson(
        "/api/v1/terms",
        Json.createObjectBuilder()
            .add("target", target)
            .add("source", source)
            .add("term", term)
            .add("note", note)
            .build()
            .toString());
  }

  public HttpResponse<String> removeTerm(String termId) {
    return http.call("DELETE", "/api/v1/terms/" + termId, null);
  }

  /** The story as the desk reads it: any state, with its origin and kill reason. */
  public HttpResponse<String> read(String id) {
    return http.getAuthorized("/api/v1/stories/" + id);
  }

  public JsonObject story(String id) {
    return Http.json(read(id));
  }

  /** Waits until the desk sees the story in this state. */
  public JsonObject awaitStatus(String id, String status) {
    return Http.json(
        Http.eventually(
            WAIT,
            () -> read(id),
            r -> r.statusCode() == 200 && status.equals(Http.json(r).getString("status"))));
  }

  public String history(String id) {
    return http.getAuthorized("/api/v1/stories/" + id + "/history").body();
  }

  public List<JsonObject> versions(String id) {
    return Http.json(http.getAuthorized("/api/v1/stories/" + id + "/versions"))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  /** The story's renditions by language tag. */
  public Map<String, JsonObject> renditions(String id) {
    return Http.json(http.getAuthorized("/api/v1/stories/" + id + "/renditions"))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .collect(Collectors.toMap(r -> r.getString("language"), Function.identity()));
  }

  public List<String> translations(String id) {
    return Http.json(http.getAuthorized("/api/v1/stories/" + id + "/renditions"))
        .getJsonArray("translations")
        .getValuesAs(JsonString.class)
        .stream()
        .map(JsonString::getString)
        .toList();
  }

  /** The desk's story list, with a query such as "status=incoming&limit=200". */
  public HttpResponse<String> stories(String query) {
    return http.getAuthorized("/api/v1/stories?" + query);
  }
}

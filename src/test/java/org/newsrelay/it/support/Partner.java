package org.newsrelay.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A partner: its account and keys as the admin sets them up, and what it does with its key (reads,
 * pushes as a wire, subscribes at the hub). The key in use is the first one issued; later ones (to
 * rotate or revoke) are the test's to use by name.
 */
public final class Partner {
  private final Http admin;
  private final JsonObject account;
  private String key;

  private Partner(Http admin, JsonObject account) {
    this.admin = admin;
    this.account = account;
  }

  /** A partner with a name unique to this run, these roles, languages and rate limits (or null). */
  public static Partner create(Http admin, String roles, String languages, String limits) {
    String body =
        "{\"name\": \"IT partner "
            + UUID.randomUUID()
            + "\", \"contact\": \"desk@partner.example\", \"roles\": ["
            + roles
            + "], \"entitlements\": {\"languages\": ["
            + languages
            + "]}"
            + (limits == null ? "" : ", \"rate_limits\": " + limits)
            + "}";
    return of(admin, body);
  }

  /** A subscriber entitled to English and to this one topic, which the public does not see. */
  public static Partner subscriberTo(Http admin, String topicSlug) {
    return of(
        admin,
        Json.createObjectBuilder()
            .add("name", "Topic partner " + UUID.randomUUID())
            .add("contact", "desk@partner.example")
            .add("roles", Json.createArrayBuilder().add("subscriber"))
            .add(
                "entitlements",
                Json.createObjectBuilder()
                    .add("languages", Json.createArrayBuilder().add("en"))
                    .add("topics", Json.createArrayBuilder().add(topicSlug)))
            .build()
            .toString());
  }

  /** A partner made from an account body of the test's own. */
  public static Partner of(Http admin, String body) {
    HttpResponse<String> created = admin.postJson("/api/v1/partners", body);
    assertEquals(201, created.statusCode(), created.body());
    return new Partner(admin, Http.json(created));
  }

  public String id() {
    return account.getString("id");
  }

  public String name() {
    return account.getString("name");
  }

  /** The account as the admin's API answered its creation. */
  public JsonObject account() {
    return account;
  }

  /** The origin of the stories this partner pushes. */
  public String origin() {
    return "push:partner:" + id();
  }

  /** Issues a new key (the key in use if it is the first) and answers it as issued. */
  public JsonObject issueKey() {
    HttpResponse<String> issued = admin.postJson("/api/v1/partners/" + id() + "/keys", "{}");
    assertEquals(201, issued.statusCode(), issued.body());
    JsonObject json = Http.json(issued);
    if (key == null) {
      key = json.getString("key");
    }
    return json;
  }

  /** The key in use, issued now if there is none yet. */
  public String key() {
    if (key == null) {
      issueKey();
    }
    return key;
  }

  /** A GET with the key in use. */
  public HttpResponse<String> get(String path) {
    return get(path, key());
  }

  /** A GET with any key, this partner's or not. */
  public HttpResponse<String> get(String path, String key) {
    return admin.withKey(key).getAuthorized(path);
  }

  /** Pushes with this partner's key. */
  public Wire wire() {
    return new Wire(admin.withKey(key()), admin, origin());
  }

  /** Reads feeds and pages with this partner's key. */
  public Reader reader() {
    return new Reader(admin.withKey(key()));
  }

  /** A hub request with the key in use. */
  public HttpResponse<String> hub(Map<String, String> form) {
    return hub(admin, key(), form);
  }

  /** Subscribes a callback to a topic at the hub; answers the hub's reply. */
  public HttpResponse<String> subscribe(String topic, String callback, String secret, int lease) {
    return hub(subscription(topic, callback, secret, lease));
  }

  /** A hub request with this key, or none (null). */
  public static HttpResponse<String> hub(Http http, String key, Map<String, String> form) {
    String encoded =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        http.request("/websub")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return http.send(request);
  }

  /** The form of a subscription request; a null secret is left out. */
  public static Map<String, String> subscription(
      String topic, String callback, String secret, int lease) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("hub.mode", "subscribe");
    form.put("hub.topic", topic);
    form.put("hub.callback", callback);
    form.put("hub.lease_seconds", Integer.toString(lease));
    if (secret != null) {
      form.put("hub.secret", secret);
    }
    return form;
  }

  /** The subscription as this partner sees it now. */
  public JsonObject subscriptionState(String subscriptionId) {
    return Http.json(get("/api/v1/partners/" + id() + "/subscriptions/" + subscriptionId));
  }

  /** The subscription as this partner sees it, once its verification has been decided. */
  public JsonObject awaitDecided(String subscriptionId) {
    return Http.eventually(
        Duration.ofSeconds(30),
        () -> subscriptionState(subscriptionId),
        // The subscription and its last request are read one after the other: a confirmation that
        // commits in between shows a verified request on a still pending subscription.
        s ->
            s.containsKey("last_request")
                && !s.getJsonObject("last_request").getString("state").equals("pending")
                && !(s.getJsonObject("last_request").getString("state").equals("verified")
                    && s.getString("state").equals("pending")));
  }

  /** The subscription's deliveries, as GET /api/v1/partners/{id}/deliveries shows them. */
  public List<JsonObject> deliveries(String subscriptionId) {
    HttpResponse<String> response =
        get("/api/v1/partners/" + id() + "/deliveries?subscription=" + subscriptionId);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).getJsonArray("items").getValuesAs(JsonObject.class);
  }
}

package org.newsrelay.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Partners, keys, pushes and hub requests, made the way an admin and a partner would. */
public final class PartnerAccounts {
  private final Http http;

  public PartnerAccounts(Http http) {
    this.http = http;
  }

  /** A partner with a name unique to this run. */
  public JsonObject create(String roles, String languages, String limits) {
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
    HttpResponse<String> created = http.postJson("/api/v1/partners", body);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created);
  }

  public JsonObject issueKey(String partnerId) {
    HttpResponse<String> issued = http.postJson("/api/v1/partners/" + partnerId + "/keys", "{}");
    assertEquals(201, issued.statusCode(), issued.body());
    return Http.json(issued);
  }

  public HttpResponse<String> get(String path, String key) {
    return http.send(http.request(path).header("Authorization", "Bearer " + key).GET());
  }

  /** A story pushed with a partner's key, as its wire would push it. */
  public HttpResponse<String> push(String key, String story) {
    return http.send(
        http.request("/api/v1/stories")
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(story)));
  }

  public HttpResponse<String> hub(String key, Map<String, String> form) {
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

  public static Map<String, String> subscribe(
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

  /** The subscription as its partner sees it, once its verification has been decided. */
  public JsonObject awaitDecided(String partnerId, String key, String subscriptionId) {
    return Http.eventually(
        Duration.ofSeconds(30),
        () ->
            Http.json(
                get("/api/v1/partners/" + partnerId + "/subscriptions/" + subscriptionId, key)),
        // The subscription and its last request are read one after the other: a confirmation that
        // commits in between shows a verified request on a still pending subscription.
        s ->
            s.containsKey("last_request")
                && !s.getJsonObject("last_request").getString("state").equals("pending")
                && !(s.getJsonObject("last_request").getString("state").equals("verified")
                    && s.getString("state").equals("pending")));
  }

  /** Pushes an English story as the admin and waits until it is published. */
  public String publish(String headline) {
    String id = publishQuickly(headline);
    Http.eventually(
        Duration.ofSeconds(60),
        () -> http.get("/api/v1/stories/" + id),
        r -> r.statusCode() == 200 && Http.json(r).getString("status").equals("published"));
    return id;
  }

  /** Pushes an English story as the admin; it is published in the background. */
  public String publishQuickly(String headline) {
    String story =
        Json.createObjectBuilder()
            .add("uri", "urn:newsrelay:it:websub:" + UUID.randomUUID())
            .add("headline", headline)
            .add("language", "en")
            .add("body_text", Copy.distinct(headline))
            .add("versioncreated", Instant.now().toString())
            .build()
            .toString();
    HttpResponse<String> pushed = http.postJson("/api/v1/stories", story);
    assertEquals(202, pushed.statusCode(), pushed.body());
    return Http.json(pushed).getString("id");
  }
}

package org.newsrelay.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrelay.it.support.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.PartnerAccounts;
import org.newsrelay.it.support.ServerIT;

/** Partners as an admin sets them up and as they use their keys. */
class PartnerIT extends ServerIT {
  private PartnerAccounts partners;

  @BeforeEach
  void accounts() {
    partners = new PartnerAccounts(http);
  }

  @Test
  void aKeyIsShownOnceAndOnlyItsPrefixAfterwards() {
    String partnerId = partners.create("\"subscriber\"", "\"en\"", null).getString("id");
    JsonObject issued = partners.issueKey(partnerId);
    String key = issued.getString("key");
    assertTrue(key.startsWith("nrk_") && key.length() > 40, key);
    assertEquals(key.substring(0, 12), issued.getString("prefix"));

    String listed =
        http.send(http.authorized("/api/v1/partners/" + partnerId + "/keys").GET()).body();
    assertTrue(listed.contains(issued.getString("prefix")), listed);
    assertFalse(listed.contains(key), "the key itself is never shown again");
    assertFalse(listed.contains(key.substring(12)), "nor any of its secret part");

    HttpResponse<String> self = partners.get("/api/v1/partners/" + partnerId, key);
    assertEquals(200, self.statusCode(), self.body());
    String other = partners.create("\"subscriber\"", "\"en\"", null).getString("id");
    assertEquals(404, partners.get("/api/v1/partners/" + other, key).statusCode());
    assertEquals(403, partners.get("/api/v1/partners", key).statusCode());
  }

  @Test
  void keysRotateWithOverlapAndRevocationTakesEffectOnTheNextRequest() {
    String partnerId = partners.create("\"subscriber\"", "\"en\"", null).getString("id");
    JsonObject old = partners.issueKey(partnerId);
    String oldKey = old.getString("key");
    String newKey = partners.issueKey(partnerId).getString("key");
    String self = "/api/v1/partners/" + partnerId;
    assertEquals(200, partners.get(self, oldKey).statusCode());
    assertEquals(200, partners.get(self, newKey).statusCode());

    HttpResponse<String> revoked =
        http.send(http.authorized(self + "/keys/" + old.getString("id")).DELETE());
    assertEquals(204, revoked.statusCode(), revoked.body());
    HttpResponse<String> refused = partners.get(self, oldKey);
    assertEquals(401, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertEquals(200, partners.get(self, newKey).statusCode(), "the other key still works");
    // A public feed does not take a revoked key either: the caller should know it is dead.
    assertEquals(401, partners.get("/feeds/en/all.atom", oldKey).statusCode());

    JsonObject keys =
        Http.eventually(
            Duration.ofSeconds(30),
            () -> Http.json(http.send(http.authorized(self + "/keys").GET())),
            k ->
                k.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(i -> i.getBoolean("active") && i.containsKey("last_used")));
    assertTrue(
        keys.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .anyMatch(i -> !i.getBoolean("active") && i.containsKey("revoked")),
        keys.toString());
  }

  @Test
  void unknownAndMalformedKeysAreRefused() {
    String unknown = "nrk_" + "A".repeat(43);
    HttpResponse<String> response = partners.get("/api/v1/partners", unknown);
    assertEquals(401, response.statusCode(), response.body());
    assertTrue(
        response.headers().allValues("WWW-Authenticate").stream()
            .anyMatch(v -> v.startsWith("Bearer")));
    assertEquals(401, partners.get("/feeds/en/all.atom", "not-a-key").statusCode());
  }

  @Test
  void readsBeyondTheRateLimitGet429WithRetryAfter() {
    String partnerId =
        partners
            .create(
                "\"subscriber\"", "\"en\"", "{\"reads_per_minute\": 3, \"pushes_per_minute\": 1}")
            .getString("id");
    String key = partners.issueKey(partnerId).getString("key");
    HttpResponse<String> last = null;
    for (int i = 0; i < 4; i++) {
      last = partners.get("/feeds/en/all.atom", key);
    }
    assertEquals(429, last.statusCode(), last.body());
    long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(
        retryAfter >= 1 && retryAfter <= 20, "a token comes back within 20 s: " + retryAfter);
    assertEquals(429, Http.json(last).getInt("status"));
  }

  @Test
  void wirePartnersPushIntoTheirOwnNamespaces() {
    String uri = "urn:newsml:partner.example:" + UUID.randomUUID();
    String a = partners.create("\"wire\"", "\"en\"", null).getString("id");
    String b = partners.create("\"wire\", \"subscriber\"", "\"en\"", null).getString("id");
    String keyA = partners.issueKey(a).getString("key");
    String keyB = partners.issueKey(b).getString("key");

    String storyA = push(keyA, uri, "Harbour reopens, says partner A");
    String storyB = push(keyB, uri, "Harbour stays shut, says partner B");
    assertNotEquals(storyA, storyB, "the same uri from two partners is two stories");
    JsonObject first = awaitPublished(storyA);
    JsonObject second = awaitPublished(storyB);
    assertEquals("Harbour reopens, says partner A", first.getString("headline"));
    assertEquals("Harbour stays shut, says partner B", second.getString("headline"));
    assertEquals("push:partner:" + a, first.getString("origin"));
    assertEquals("push:partner:" + b, second.getString("origin"));

    String reader = partners.create("\"subscriber\"", "\"en\"", null).getString("id");
    String readerKey = partners.issueKey(reader).getString("key");
    HttpResponse<String> refused = pushRaw(readerKey, uri, "Not a wire");
    assertEquals(403, refused.statusCode(), refused.body());
  }

  @Test
  void usageCountsRequestsAndBytesPerPartner() {
    String partnerId = partners.create("\"subscriber\"", "\"en\"", null).getString("id");
    String key = partners.issueKey(partnerId).getString("key");
    for (int i = 0; i < 3; i++) {
      assertEquals(200, partners.get("/feeds/en/all.atom", key).statusCode());
    }
    // Counts reach the database every few seconds; a read in between may briefly miss some.
    JsonObject usage =
        Http.eventually(
            Duration.ofSeconds(30),
            () ->
                Http.json(
                    http.send(http.authorized("/api/v1/partners/" + partnerId + "/usage").GET())),
            u -> u.getJsonObject("total").getJsonNumber("requests").longValue() == 3);
    JsonObject total = usage.getJsonObject("total");
    assertTrue(total.getJsonNumber("bytes_sent").longValue() > 300, usage.toString());
    assertEquals(1, usage.getJsonArray("days").size(), usage.toString());
  }

  @Test
  void termsThatMakeNoSenseAreRefused() {
    assertProblem(
        400, http.postJson("/api/v1/partners", "{\"name\": \"x\", \"roles\": [\"editor\"]}"));
    assertProblem(400, http.postJson("/api/v1/partners", "{\"name\": \"x\", \"roles\": []}"));
    assertProblem(
        400,
        http.postJson(
            "/api/v1/partners",
            "{\"name\": \"x\", \"roles\": [\"wire\"], \"entitlements\": {\"languages\": [\"fr\"]}}"));
    assertProblem(
        400,
        http.postJson(
            "/api/v1/partners",
            "{\"name\": \"x\", \"roles\": [\"wire\"], \"rate_limits\": {\"reads_per_minute\": 0}}"));
    String name = "IT partner " + UUID.randomUUID();
    String body = "{\"name\": \"" + name + "\", \"roles\": [\"wire\"]}";
    assertEquals(201, http.postJson("/api/v1/partners", body).statusCode());
    assertProblem(409, http.postJson("/api/v1/partners", body));
    assertProblem(404, http.send(http.authorized("/api/v1/partners/" + UUID.randomUUID()).GET()));
    assertProblem(404, http.postJson("/api/v1/partners/" + UUID.randomUUID() + "/keys", "{}"));
  }

  private String push(String key, String uri, String headline) {
    HttpResponse<String> pushed = pushRaw(key, uri, headline);
    assertEquals(202, pushed.statusCode(), pushed.body());
    return Http.json(pushed).getString("id");
  }

  private HttpResponse<String> pushRaw(String key, String uri, String headline) {
    String story =
        Json.createObjectBuilder()
            .add("uri", uri)
            .add("headline", headline)
            .add("language", "en")
            .add("body_text", Copy.distinct(headline))
            .build()
            .toString();
    return new PartnerAccounts(http).push(key, story);
  }

  private JsonObject awaitPublished(String id) {
    return Http.json(
        Http.eventually(
            Duration.ofSeconds(60),
            () -> http.getAuthorized("/api/v1/stories/" + id),
            r -> r.statusCode() == 200 && Http.json(r).getString("status").equals("published")));
  }
}

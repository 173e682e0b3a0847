package org.newsrelay.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrelay.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.Reader;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.Wire;

/** Partners as an admin sets them up and as they use their keys. */
class PartnerIT extends ServerIT {
  @Test
  void aKeyIsShownOnceAndOnlyItsPrefixAfterwards() {
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    String partnerId = partner.id();
    JsonObject issued = partner.issueKey();
    String key = issued.getString("key");
    assertTrue(key.startsWith("nrk_") && key.length() > 40, key);
    assertEquals(key.substring(0, 12), issued.getString("prefix"));

    String listed =
        http.send(http.authorized("/api/v1/partners/" + partnerId + "/keys").GET()).body();
    assertTrue(listed.contains(issued.getString("prefix")), listed);
    assertFalse(listed.contains(key), "the key itself is never shown again");
    assertFalse(listed.contains(key.substring(12)), "nor any of its secret part");

    HttpResponse<String> self = partner.get("/api/v1/partners/" + partnerId);
    assertEquals(200, self.statusCode(), self.body());
    String other = partner("\"subscriber\"", "\"en\"", null).id();
    assertEquals(404, partner.get("/api/v1/partners/" + other).statusCode());
    assertEquals(403, partner.get("/api/v1/partners").statusCode());
  }

  @Test
  void keysRotateWithOverlapAndRevocationTakesEffectOnTheNextRequest() {
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    String partnerId = partner.id();
    JsonObject old = partner.issueKey();
    String oldKey = old.getString("key");
    String newKey = partner.issueKey().getString("key");
    String self = "/api/v1/partners/" + partnerId;
    assertEquals(200, partner.get(self, oldKey).statusCode());
    assertEquals(200, partner.get(self, newKey).statusCode());

    HttpResponse<String> revoked =
        http.send(http.authorized(self + "/keys/" + old.getString("id")).DELETE());
    assertEquals(204, revoked.statusCode(), revoked.body());
    HttpResponse<String> refused = partner.get(self, oldKey);
    assertEquals(401, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertEquals(200, partner.get(self, newKey).statusCode(), "the other key still works");
    // A public feed does not take a revoked key either: the caller should know it is dead.
    assertEquals(401, partner.get("/feeds/en/all.atom", oldKey).statusCode());

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
    HttpResponse<String> response = http.withKey(unknown).getAuthorized("/api/v1/partners");
    assertEquals(401, response.statusCode(), response.body());
    assertTrue(
        response.headers().allValues("WWW-Authenticate").stream()
            .anyMatch(v -> v.startsWith("Bearer")));
    assertEquals(401, http.withKey("not-a-key").getAuthorized("/feeds/en/all.atom").statusCode());
  }

  @Test
  void readsBeyondTheRateLimitGet429WithRetryAfter() {
    Partner partner =
        partner("\"subscriber\"", "\"en\"", "{\"reads_per_minute\": 3, \"pushes_per_minute\": 1}");
    Reader limited = partner.reader();
    HttpResponse<String> last = null;
    for (int i = 0; i < 4; i++) {
      last = limited.get("/feeds/en/all.atom");
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
    Partner a = partner("\"wire\"", "\"en\"", null);
    Partner b = partner("\"wire\", \"subscriber\"", "\"en\"", null);

    String storyA = a.wire().push(story(uri, "Harbour reopens, says partner A"));
    String storyB = b.wire().push(story(uri, "Harbour stays shut, says partner B"));
    assertNotEquals(storyA, storyB, "the same uri from two partners is two stories");
    JsonObject first = awaitPublished(storyA);
    JsonObject second = awaitPublished(storyB);
    assertEquals("Harbour reopens, says partner A", first.getString("headline"));
    assertEquals("Harbour stays shut, says partner B", second.getString("headline"));
    assertEquals("push:partner:" + a.id(), first.getString("origin"));
    assertEquals("push:partner:" + b.id(), second.getString("origin"));

    Partner subscriber = partner("\"subscriber\"", "\"en\"", null);
    HttpResponse<String> refused =
        subscriber.wire().send(story(uri, "Not a wire").build().toString());
    assertEquals(403, refused.statusCode(), refused.body());
  }

  @Test
  void usageCountsRequestsAndBytesPerPartner() {
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    String partnerId = partner.id();
    for (int i = 0; i < 3; i++) {
      assertEquals(200, partner.get("/feeds/en/all.atom").statusCode());
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
    // Refused by PartnerRequest's Bean Validation constraints, which WildFly's validator checks.
    JsonObject zero =
        assertProblem(
            400,
            http.postJson(
                "/api/v1/partners",
                "{\"name\": \"x\", \"roles\": [\"wire\"], \"rate_limits\": {\"reads_per_minute\":"
                    + " 0}}"));
    assertEquals("rate_limits.reads_per_minute", zero.getString("field"), zero.toString());
    JsonObject blank =
        assertProblem(
            400, http.postJson("/api/v1/partners", "{\"name\": \" \", \"roles\": [\"wire\"]}"));
    assertEquals("name", blank.getString("field"), blank.toString());
    assertEquals("A partner needs a \"name\".", blank.getString("detail"), blank.toString());
    // A field of the wrong type is refused by name, not coerced.
    JsonObject roles =
        assertProblem(
            400, http.postJson("/api/v1/partners", "{\"name\": \"x\", \"roles\": \"subscriber\"}"));
    assertEquals("roles", roles.getString("field"), roles.toString());
    assertTrue(roles.getString("detail").contains("\"roles\""), roles.toString());
    JsonObject limit =
        assertProblem(
            400,
            http.postJson(
                "/api/v1/partners",
                "{\"name\": \"x\", \"roles\": [\"wire\"], \"rate_limits\": {\"reads_per_minute\":"
                    + " \"60\"}}"));
    assertEquals("rate_limits.reads_per_minute", limit.getString("field"), limit.toString());
    String name = "IT partner " + UUID.randomUUID();
    String body = "{\"name\": \"" + name + "\", \"roles\": [\"wire\"]}";
    assertEquals(201, http.postJson("/api/v1/partners", body).statusCode());
    assertProblem(409, http.postJson("/api/v1/partners", body));
    assertProblem(404, http.send(http.authorized("/api/v1/partners/" + UUID.randomUUID()).GET()));
    assertProblem(404, http.postJson("/api/v1/partners/" + UUID.randomUUID() + "/keys", "{}"));
  }

  private static JsonObjectBuilder story(String uri, String headline) {
    return Wire.story("en", headline, Copy.distinct(headline)).add("uri", uri);
  }

  private JsonObject awaitPublished(String id) {
    return editor.awaitStatus(id, "published");
  }
}

package org.newsrelay.it.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrelay.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;

/** Whatever a client gets wrong, it gets a 4xx problem+json back, never a 500 or a stack trace. */
class BadInputIT extends ServerIT {

  @Test
  void malformedJson() {
    assertProblem(400, wire.send("{\"uri\": \"x\", \"headline\": "));
  }

  @Test
  void unknownLanguageTag() {
    JsonObject problem =
        assertProblem(
            400,
            wire.send("{\"uri\": \"urn:x:1\", \"headline\": \"Bonjour\", \"language\": \"fr\"}"));
    assertTrue(problem.getJsonArray("available").toString().contains("zh-Hant-TW"));
  }

  @Test
  void neitherHeadlineNorBody() {
    assertProblem(400, wire.send("{\"uri\": \"urn:x:empty\"}"));
  }

  @Test
  void wrongContentType() {
    assertProblem(415, wire.send("application/pdf", "%PDF-1.4"));
  }

  @Test
  void writeWithoutCredentials() {
    HttpResponse<String> response =
        wire.withoutCredentials().send("{\"uri\": \"urn:x:2\", \"headline\": \"h\"}");
    assertProblem(401, response);
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
  }

  @Test
  void wrongPassword() {
    assertProblem(
        401,
        http.send(
            http.request("/api/v1/sources")
                .header("Authorization", Http.basic("admin", "not-the-password"))
                .GET()));
  }

  @Test
  void unknownLanguageElsewhereGetsTheSameProblem() {
    for (JsonObject problem :
        java.util.List.of(
            assertProblem(400, reader.get("/api/v1/stories?lang=fr")),
            assertProblem(
                400,
                http.postJson(
                    "/api/v1/sources",
                    "{\"url\": \"http://127.0.0.1:9/rss.xml\", \"language\": \"fr\"}")))) {
      assertEquals("Unknown language", problem.getString("title"));
      assertTrue(problem.getString("detail").contains("\"fr\""), problem.toString());
      assertTrue(problem.getJsonArray("available").toString().contains("zh-Hant-HK"));
    }
  }

  @Test
  void sourceWithUnsupportedScheme() {
    assertProblem(400, http.postJson("/api/v1/sources", "{\"url\": \"file:///etc/passwd\"}"));
    assertProblem(400, http.postJson("/api/v1/sources", "{\"url\": \"not a url\"}"));
  }

  @Test
  void feedInUnknownLanguage() {
    JsonObject problem = assertProblem(404, reader.get("/feeds/fr/all.atom"));
    assertTrue(problem.getJsonArray("available").toString().contains("zh-Hans"));
  }

  @Test
  void unknownTopicAndFormat() {
    assertProblem(404, reader.get("/feeds/en/no-such-topic.atom"));
    assertProblem(404, reader.get("/feeds/en/all.pdf"));
  }

  @Test
  void oversizedBody() {
    String huge =
        "{\"uri\": \"urn:x:huge\", \"headline\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}";
    HttpResponse<String> response = wire.send(huge);
    assertProblem(413, response);
  }

  @Test
  void unknownStory() {
    assertProblem(404, reader.get("/api/v1/stories/00000000-0000-0000-0000-000000000000"));
    // A malformed id is as unknown as a missing one: the same 404 problem, not JAX-RS's own.
    assertEquals(
        "Not found",
        assertProblem(404, reader.get("/api/v1/stories/not-an-id")).getString("title"));
  }
}

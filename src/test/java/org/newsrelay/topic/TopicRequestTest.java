package org.newsrelay.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.JsonBodies;

class TopicRequestTest {
  static TopicRequest read(String json) {
    return JsonBodies.read(json.getBytes(StandardCharsets.UTF_8), TopicRequest.class);
  }

  static String refusedField(String json) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> read(json).definition(), json);
    return String.valueOf(e.extensions().get("field"));
  }

  @Test
  void aDefinitionIsCleanedAndDefaulted() {
    TopicService.Definition d =
        read("{\"names\": {\"en\": \" Chips\\u0007 \", \"zh-Hans\": null}, \"rules\":"
                + " {\"include\": [\"芯片\"]}, \"description\": \"  \", \"extra\": 1}")
            .definition();
    assertEquals(Map.of("en", "Chips"), d.names());
    assertEquals(null, d.slug());
    assertEquals(null, d.description());
    assertEquals(Visibility.PUBLIC, d.visibility());
    assertEquals(List.of("芯片"), d.rules().include());
  }

  @Test
  void lengthsAreOfTheCleanedTexts() {
    String rules = ", \"rules\": {\"include\": [\"x\"]}";
    String name = "x".repeat(200);
    assertEquals(
        Map.of("en", name),
        read("{\"name\": \"  " + name + "\\u0007 \"" + rules + "}").definition().names());
    InvalidInput e =
        assertThrows(InvalidInput.class, () -> read("{\"name\": \"" + name + "x\"" + rules + "}"));
    assertEquals("\"name\" is longer than 200 characters.", e.detail());
    assertEquals(
        "A topic needs \"rules\".",
        assertThrows(InvalidInput.class, () -> read("{\"name\": \"x\"}")).detail());
  }

  @Test
  void aPinNeedsBoth() {
    for (String[] bad :
        new String[][] {
          {"topic", "{}"},
          {"topic", "{\"until\": \"2030-01-01T00:00:00Z\"}"},
          {"until", "{\"topic\": \"t\"}"}
        }) {
      InvalidInput e =
          assertThrows(
              InvalidInput.class,
              () ->
                  JsonBodies.read(
                      bad[1].getBytes(StandardCharsets.UTF_8), TopicPinResource.PinRequest.class));
      assertEquals(bad[0], e.extensions().get("field"), bad[1]);
      assertEquals("A pin needs \"topic\" (a slug) and \"until\" (a time).", e.detail());
    }
  }

  @Test
  void aSingleNameTakesItsLanguage() {
    assertEquals(
        Map.of("en", "Chips"),
        read("{\"name\": \"Chips\", \"rules\": {\"include\": [\"x\"]}}").definition().names());
  }

  @Test
  void everyRefusalNamesItsField() {
    String rules = ", \"rules\": {\"include\": [\"x\"]}";
    assertEquals("name", refusedField("{\"name\": 5" + rules + "}"));
    assertEquals("names", refusedField("{\"names\": [\"Chips\"]" + rules + "}"));
    assertEquals("names.en", refusedField("{\"names\": {\"en\": true}" + rules + "}"));
    assertEquals("names", refusedField("{\"names\": {\"xx\": \"Chips\"}" + rules + "}"));
    assertEquals("names", refusedField("{\"name\": \" \"" + rules + "}"));
    assertEquals("slug", refusedField("{\"name\": \"x\", \"slug\": \"Not A Slug\"" + rules + "}"));
    assertEquals("slug", refusedField("{\"name\": \"x\", \"slug\": 7" + rules + "}"));
    assertEquals(
        "visibility", refusedField("{\"name\": \"x\", \"visibility\": \"secret\"" + rules + "}"));
    assertEquals("rules", refusedField("{\"name\": \"x\"}"));
    assertEquals("name", refusedField("{\"name\": \"" + "x".repeat(201) + "\"" + rules + "}"));
    assertEquals(
        "names.en",
        refusedField("{\"names\": {\"en\": \"" + "x".repeat(201) + "\"}" + rules + "}"));
    assertEquals(
        "slug",
        refusedField("{\"name\": \"x\", \"slug\": \"" + "a".repeat(65) + "\"" + rules + "}"));
    assertEquals(
        "description",
        refusedField(
            "{\"name\": \"x\", \"description\": \"" + "d".repeat(4001) + "\"" + rules + "}"));
    assertEquals("rules", refusedField("{\"name\": \"x\", \"rules\": null}"));
    assertEquals("rules", refusedField("{\"name\": \"x\", \"rules\": {\"exclude\": [\"y\"]}}"));
    assertEquals(
        "rules.include", refusedField("{\"name\": \"x\", \"rules\": {\"include\": \"y\"}}"));
    assertEquals(
        "rules.subjects",
        refusedField("{\"name\": \"x\", \"rules\": {\"subjects\": [\"chips\"]}}"));
  }

  @Test
  void theAdvisoriesFeedIsNoTopic() {
    assertEquals(
        "slug",
        refusedField(
            "{\"slug\": \"advisories\", \"name\": \"x\", \"rules\": {\"include\": [\"x\"]}}"));
  }
}

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
    assertEquals("rules", refusedField("{\"name\": \"x\", \"rules\": null}"));
    assertEquals("rules", refusedField("{\"name\": \"x\", \"rules\": {\"exclude\": [\"y\"]}}"));
    assertEquals(
        "rules.include", refusedField("{\"name\": \"x\", \"rules\": {\"include\": \"y\"}}"));
    assertEquals(
        "rules.subjects",
        refusedField("{\"name\": \"x\", \"rules\": {\"subjects\": [\"chips\"]}}"));
  }
}

package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {
  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void nestingIsCountedBeforeParsing() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    InvalidInput e = assertThrows(InvalidInput.class, () -> JsonBodies.value(bytes(deep)));
    assertEquals("JSON nested too deeply", e.title());
    String unclosed = "{\"a\":" + "[".repeat(100_000);
    assertEquals(
        "JSON nested too deeply",
        assertThrows(InvalidInput.class, () -> JsonBodies.value(bytes(unclosed))).title());
  }

  @Test
  void bracketsInStringsAreText() {
    String json = "{\"headline\": \"" + "[{".repeat(1000) + "\\\"]\"}";
    assertEquals(1, JsonBodies.depth(bytes(json)));
    JsonBodies.object(bytes(json));
  }

  @Test
  void ordinaryNestingPasses() {
    assertEquals(3, JsonBodies.depth(bytes("{\"a\": [{\"b\": 1}], \"c\": {}}")));
    JsonBodies.value(bytes("[".repeat(JsonBodies.MAX_DEPTH) + "]".repeat(JsonBodies.MAX_DEPTH)));
  }
}

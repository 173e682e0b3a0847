package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.JsonBodies;

/** The desk's small requests: each required member refused by name, its detail an example. */
class StoryRequestsTest {
  static <R extends Record> R read(String json, Class<R> type) {
    return JsonBodies.read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  static void refused(String field, String detail, Class<? extends Record> type) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> read("{}", type));
    assertEquals(field, e.extensions().get("field"));
    assertEquals(detail, e.detail());
  }

  @Test
  void requiredMembersAreNamed() {
    refused(
        "trusted", "Say {\"trusted\": true} or {\"trusted\": false}.", OriginResource.Trust.class);
    refused(
        "story",
        "Say which story is the translation: {\"story\": id}.",
        StoryResource.Translation.class);
    refused("with", "Say which story to merge: {\"with\": id}.", StoryResource.Merge.class);
    assertEquals(false, read("{\"trusted\": false}", OriginResource.Trust.class).trusted());
    assertEquals("s", read("{\"with\": \"s\"}", StoryResource.Merge.class).with());
  }
}

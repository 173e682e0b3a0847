package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.Json;

/** The content API's ninjs 2.x: the desk's copy, the wire's metadata, what it did not interpret. */
class StoryNinjsTest {
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  final Story story = new Story(UUID.randomUUID(), "push:wire", "urn:wire:7", null);

  {
    story.revise(
        new StoryCopy(
            Language.EN,
            "Harbour reopens",
            "The harbour reopened.",
            "The harbour reopened.\nShips are back.",
            null,
            "https://wire.example/7",
            "Ann Lee",
            Instant.parse("2026-12-01T08:00:00Z"),
            List.of("04000000"),
            StoryCopy.WireStatus.USABLE,
            null));
  }

  final WireMetadata wire =
      new WireMetadata(
          Json.createObjectBuilder()
              .add(
                  "subjects",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("code", "04000000")
                              .add("name", "economy")))
              .add("urgency", 3)
              .add("copyrightnotice", "(c) Harbour Wire")
              .add("ednote", "Embargo lifted")
              .add("version", "9")
              .add(
                  "extra",
                  Json.createObjectBuilder()
                      .add("profile", "text-only")
                      .add("headlines", Json.createArrayBuilder().add("not ours"))
                      .add(
                          "altids",
                          Json.createArrayBuilder()
                              .add(
                                  Json.createObjectBuilder()
                                      .add("role", "internal")
                                      .add("value", "X-7"))))
              .build());

  JsonObject ninjs(String deskNote) {
    Renditions.ReaderCopy copy =
        new Renditions.ReaderCopy(
            Renditions.original(story),
            story.summary(),
            story.byline(),
            story.subjects(),
            wire,
            deskNote);
    return StoryNinjs.of(story, Language.EN, copy, deskNote, NOW);
  }

  @Test
  void theCopyAndTheWiresMetadataInNinjs2Names() {
    JsonObject json = ninjs(null);
    assertEquals("urn:uuid:" + story.id(), json.getString("uri"));
    assertEquals("2.0", json.getJsonObject("standard").getString("version"));
    assertEquals(
        Integer.toString(story.version()), json.getString("version"), "ours, not the wire's");
    assertEquals("usable", json.getString("pubstatus"));
    assertEquals(
        "Harbour reopens", json.getJsonArray("headlines").getJsonObject(0).getString("value"));
    assertEquals(
        "text/plain", json.getJsonArray("bodies").getJsonObject(0).getString("contenttype"));
    assertEquals("Ann Lee", json.getString("by"));
    assertEquals(3, json.getInt("urgency"));
    assertEquals("(c) Harbour Wire", json.getString("copyrightnotice"));
    assertEquals("Embargo lifted", json.getString("ednote"));
    JsonObject subject = json.getJsonArray("subjects").getJsonObject(0);
    assertEquals("04000000", subject.getString("literal"), "the code as 2.x spells it");
    assertEquals("economy", subject.getString("name"));
    assertEquals(
        "The harbour reopened.",
        json.getJsonArray("descriptions").getJsonObject(0).getString("value"));
    assertEquals(
        "https://wire.example/7", json.getJsonArray("links").getJsonObject(0).getString("href"));
  }

  @Test
  void whatNewsrelayDoesNotInterpretGoesOnUnlessItWouldStandInForOurs() {
    JsonObject json = ninjs(null);
    assertEquals("text-only", json.getString("profile"));
    assertEquals(1, json.getJsonArray("headlines").size());
    assertFalse(json.getJsonArray("headlines").get(0).toString().contains("not ours"));
    assertEquals("urn:wire:7", json.getJsonArray("altids").getJsonObject(0).getString("value"));
    assertEquals("X-7", json.getJsonArray("altids").getJsonObject(1).getString("value"));
  }

  @Test
  void theDesksNoteComesBeforeTheWires() {
    assertEquals("Headline corrected", ninjs("Headline corrected").getString("ednote"));
  }

  @Test
  void aStoryHeldOrKilledSaysSoToTheDesk() {
    story.holdByDesk();
    assertEquals("withheld", ninjs(null).getString("pubstatus"));
    story.killByDesk("legal");
    assertEquals("canceled", ninjs(null).getString("pubstatus"));
  }
}

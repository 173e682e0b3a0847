package org.newsrelay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.InvalidInput;

/** The door: every field cleaned; a push that does not fit refused by field; a feed item fitted. */
class IntakeTest {
  static final Instant NOW = Instant.parse("2026-11-28T08:30:00Z");

  static StoryDraft draft(String headline, String byline, String link, Instant version) {
    return new StoryDraft(
        "urn:wire:1",
        headline,
        "Body",
        null,
        "en",
        version,
        link,
        byline,
        List.of("POL", "POL", " economy\u0000 "),
        null,
        null);
  }

  static String field(InvalidInput e) {
    return String.valueOf(e.extensions().get("field"));
  }

  @Test
  void everyFieldIsCleaned() {
    StoryDraft clean =
        Intake.pushed(
            draft(
                "Harbour\uFFFF reopens\n after storm",
                "Jane\u0007 Doe",
                " https://w.example/1 ",
                NOW),
            NOW);
    assertEquals("Harbour reopens after storm", clean.headline());
    assertEquals("Jane Doe", clean.byline());
    assertEquals("https://w.example/1", clean.link());
    assertEquals(List.of("POL", "economy"), clean.subjects());
  }

  @Test
  void linksThatAreNotWebLinksAreDropped() {
    for (String link : new String[] {"javascript:alert(1)", "data:,x", "/a", "not a url"}) {
      assertNull(Intake.pushed(draft("h", null, link, NOW), NOW).link(), link);
      assertNull(Intake.polled(draft("h", null, link, NOW), NOW).link(), link);
    }
  }

  @Test
  void aPushTooLongIsRefusedNamingTheField() {
    assertEquals(
        "headline",
        field(
            assertThrows(
                InvalidInput.class,
                () -> Intake.pushed(draft("h".repeat(1001), null, null, NOW), NOW))));
    assertEquals(
        "byline",
        field(
            assertThrows(
                InvalidInput.class,
                () -> Intake.pushed(draft("h", "b".repeat(501), null, NOW), NOW))));
    Intake.pushed(draft("h".repeat(1000), "b".repeat(500), null, NOW), NOW);
  }

  @Test
  void aPushDatedOutOfRangeIsRefusedNamingTheField() {
    for (Instant version :
        new Instant[] {
          NOW.plus(Duration.ofDays(2)),
          Instant.parse("0001-01-01T00:00:00Z"),
          Instant.parse("1899-12-31T23:59:59Z"),
          Instant.parse("+10000-01-01T00:00:00Z")
        }) {
      assertEquals(
          "versioncreated",
          field(
              assertThrows(
                  InvalidInput.class, () -> Intake.pushed(draft("h", null, null, version), NOW))),
          version.toString());
    }
    Intake.pushed(draft("h", null, null, NOW.plus(Duration.ofHours(23))), NOW);
    StoryDraft embargoed =
        new StoryDraft(
            "urn:wire:1",
            "h",
            null,
            null,
            "en",
            NOW,
            null,
            null,
            List.of(),
            null,
            NOW.plus(Duration.ofDays(400)));
    assertEquals(
        "embargoed", field(assertThrows(InvalidInput.class, () -> Intake.pushed(embargoed, NOW))));
  }

  @Test
  void aPushWhoseTextIsAllGarbageIsRefused() {
    StoryDraft garbage =
        new StoryDraft(
            "urn:wire:1", "\u0000\uFFFF", "\u0001", null, "en", NOW, null, null, List.of());
    assertThrows(InvalidInput.class, () -> Intake.pushed(garbage, NOW));
  }

  @Test
  void aFeedItemIsMadeToFit() {
    StoryDraft fitted =
        Intake.polled(
            new StoryDraft(
                "urn:" + "x".repeat(3000),
                "word ".repeat(400),
                null,
                "<p>b</p>",
                "en",
                NOW.plus(Duration.ofDays(3650)),
                null,
                "b".repeat(600),
                List.of("s".repeat(3000), "t".repeat(1500), "u")),
            NOW);
    assertTrue(fitted.uri().startsWith("urn:newsrelay:sha256:"), fitted.uri());
    assertTrue(fitted.headline().length() <= Intake.HEADLINE_CHARS);
    assertTrue(fitted.byline().length() <= Intake.BYLINE_CHARS);
    assertEquals(List.of("s".repeat(3000), "u"), fitted.subjects());
    assertEquals(NOW, fitted.versionCreated());
    assertNull(
        Intake.polled(draft("h", null, null, Instant.parse("0001-01-01T00:00:00Z")), NOW)
            .versionCreated());
  }
}

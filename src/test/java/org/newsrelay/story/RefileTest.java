package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A wire's refile that says the same is no news: the story keeps its dates and its place. */
class RefileTest {
  private static final Instant FIRST = Instant.parse("2026-12-01T08:00:00Z");

  private static StoryCopy copy(
      Instant versionCreated, String headline, String bodyText, String bodyHtml, String summary) {
    return new StoryCopy(
        Language.EN,
        headline,
        summary,
        bodyText,
        bodyHtml,
        "https://wire.example/1",
        "Ann Lee",
        versionCreated,
        List.of("Economy"),
        StoryCopy.WireStatus.USABLE,
        null);
  }

  private static Story stored() {
    Story story = new Story(UUID.randomUUID(), "push:wire", "urn:harbour", null);
    story.revise(copy(FIRST, "Harbour reopens", "The harbour reopened on Monday.", null, null));
    return story;
  }

  @Test
  void theSameWordsInOtherSpacingOrMarkupSayTheSame() {
    Story story = stored();
    Instant later = FIRST.plusSeconds(600);
    assertTrue(
        Refile.changesNothing(
            story,
            copy(later, " Harbour  reopens ", "The harbour\nreopened on Monday.", null, null)));
    assertTrue(
        Refile.saysTheSame(
            story,
            copy(later, "Harbour reopens", null, "<p>The harbour reopened on Monday.</p>", null)));
  }

  @Test
  void otherWordsOrAnotherEmbargoAreARevision() {
    Story story = stored();
    Instant later = FIRST.plusSeconds(600);
    assertFalse(
        Refile.saysTheSame(
            story, copy(later, "Harbour reopens", "The harbour reopened on Tuesday.", null, null)));
    assertFalse(
        Refile.saysTheSame(
            story, copy(later, "Harbour reopened", "The harbour reopened on Monday.", null, null)));
    StoryCopy embargoed =
        new StoryCopy(
            Language.EN,
            "Harbour reopens",
            null,
            "The harbour reopened on Monday.",
            null,
            "https://wire.example/1",
            "Ann Lee",
            later,
            List.of("Economy"),
            StoryCopy.WireStatus.USABLE,
            later.plusSeconds(3600));
    assertFalse(Refile.saysTheSame(story, embargoed));
  }

  @Test
  void aNewSummaryChangesWhatReadersSeeButNotWhatTheStorySays() {
    Story story = stored();
    StoryCopy summarised =
        copy(
            FIRST.plusSeconds(60), "Harbour reopens", "The harbour reopened on Monday.", null, "S");
    assertTrue(Refile.saysTheSame(story, summarised));
    assertFalse(Refile.changesNothing(story, summarised));
  }

  @Test
  void aRevisionThatSaysTheSameKeepsTheDatesAndThePlace() {
    Story story = stored();
    Instant updated = story.updatedAt();
    int version = story.version();
    story.revise(
        copy(
            FIRST.plusSeconds(600),
            "Harbour reopens",
            "The harbour reopened on Monday.",
            null,
            "S"),
        false);
    assertEquals(updated, story.updatedAt());
    assertEquals(FIRST, story.versionCreated());
    assertEquals("S", story.summary());
    assertEquals(version + 1, story.version(), "a new version: cached entries follow");
  }
}

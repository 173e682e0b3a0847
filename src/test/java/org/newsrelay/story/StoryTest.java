package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.Conflict;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.story.StoryCopy.WireStatus;

/** The workflow's rules on the aggregate itself: holds, kills, embargoes and the wire's copies. */
class StoryTest {
  private static final String WIRE = "push:wire";
  private static final Instant WIRE_TIME = Instant.parse("2026-12-01T08:00:00Z");

  private static StoryCopy copy(Instant versionCreated, WireStatus status, Instant embargo) {
    return new StoryCopy(
        Language.EN,
        "Harbour reopens",
        null,
        "The harbour reopened on Monday.",
        null,
        null,
        null,
        versionCreated,
        List.of(),
        status,
        embargo);
  }

  private static Story stored() {
    Story story = new Story(UUID.randomUUID(), WIRE, "urn:harbour", null);
    story.revise(copy(WIRE_TIME, WireStatus.USABLE, null));
    return story;
  }

  /** A history in which {@code actor} last did each of {@code actions}, most recent first. */
  private static DeskRecord desk(String actor, String... actions) {
    LinkedHashMap<String, String> last = new LinkedHashMap<>();
    for (String action : actions) {
      last.put(action, actor);
    }
    return new DeskRecord(last);
  }

  @Test
  void aKilledStoryCannotBeHeldPublishedOrKilledAgain() {
    Story story = stored();
    story.killByDesk("  Legal asked.  ");
    assertEquals(StoryStatus.KILLED, story.state());
    assertEquals("Legal asked.", story.killReason());
    assertThrows(Conflict.class, story::holdByDesk);
    assertThrows(Conflict.class, story::publishByDesk);
    assertThrows(Conflict.class, () -> story.killByDesk("again"));
  }

  @Test
  void aKillNeedsAReason() {
    Story story = stored();
    InvalidInput refused = assertThrows(InvalidInput.class, () -> story.killByDesk(" "));
    assertTrue(refused.detail().contains("reason"));
    assertEquals(StoryStatus.PUBLISHED, story.state());
  }

  @Test
  void anOlderCopyChangesNothingAndTheSameTimeIsARefile() {
    Story story = stored();
    assertTrue(story.isNewerThan(copy(WIRE_TIME.minusSeconds(1), WireStatus.USABLE, null)));
    assertFalse(story.isNewerThan(copy(WIRE_TIME, WireStatus.USABLE, null)));
  }

  @Test
  void theWireHoldsAPublishedStoryAndLiftsOnlyItsOwnHold() {
    Story story = stored();
    assertEquals(
        Optional.of(Story.WireStep.HELD), story.follow(WireStatus.WITHHELD, WIRE, desk(WIRE)));
    assertEquals(StoryStatus.HELD, story.state());
    assertEquals(
        Optional.of(Story.WireStep.PUBLISHED),
        story.follow(WireStatus.USABLE, WIRE, desk(WIRE, "held")));
    assertEquals(StoryStatus.PUBLISHED, story.state());
  }

  @Test
  void anEditorsHoldOutlastsTheWiresUsable() {
    Story story = stored();
    story.holdByDesk();
    assertEquals(
        Optional.empty(), story.follow(WireStatus.USABLE, WIRE, desk("editor:ming", "held")));
    assertEquals(StoryStatus.HELD, story.state());
  }

  @Test
  void withheldDoesNotPublishAnIncomingStoryNorRevivesAKilledOne() {
    Story incoming = stored();
    incoming.moveTo(StoryStatus.INCOMING);
    assertEquals(Optional.empty(), incoming.follow(WireStatus.WITHHELD, WIRE, desk(WIRE)));
    assertEquals(StoryStatus.INCOMING, incoming.state());

    Story killed = stored();
    killed.killByDesk("Wrong town.");
    assertEquals(Optional.empty(), killed.follow(WireStatus.USABLE, WIRE, desk(WIRE, "held")));
    assertEquals(Optional.empty(), killed.follow(WireStatus.CANCELED, WIRE, desk(WIRE)));
    assertEquals("Wrong town.", killed.killReason());
  }

  @Test
  void canceledKillsWhateverTheState() {
    for (StoryStatus before : List.of(StoryStatus.INCOMING, StoryStatus.HELD)) {
      Story story = stored();
      story.moveTo(before);
      assertEquals(
          Optional.of(Story.WireStep.KILLED), story.follow(WireStatus.CANCELED, WIRE, desk(WIRE)));
      assertEquals(StoryStatus.KILLED, story.state());
      assertEquals("Canceled by the wire.", story.killReason());
    }
  }

  @Test
  void anEmbargoTheDeskDecidedOutlivesTheWiresNewCopy() {
    Instant deskEmbargo = Instant.now().plusSeconds(3600);
    Story story = stored();
    story.embargo(deskEmbargo);
    boolean kept =
        story.reviseFromWire(
            copy(WIRE_TIME.plusSeconds(60), WireStatus.USABLE, null),
            desk("editor:ming", "embargoed"),
            WIRE,
            true);
    assertTrue(kept);
    assertEquals(deskEmbargo, story.embargoedUntil());
    assertEquals(2, story.version());
  }

  @Test
  void theWiresOwnEmbargoOrTheClocksLiftFollowsTheWire() {
    Instant wireEmbargo = Instant.now().plusSeconds(3600);
    for (String actor : List.of(WIRE, StoryService.CLOCK)) {
      Story story = stored();
      story.embargo(Instant.now().plusSeconds(60));
      boolean kept =
          story.reviseFromWire(
              copy(WIRE_TIME.plusSeconds(60), WireStatus.USABLE, wireEmbargo),
              desk(actor, "embargoed", "embargo lifted"),
              WIRE,
              true);
      assertFalse(kept, actor);
      assertEquals(wireEmbargo, story.embargoedUntil(), actor);
    }
  }

  @Test
  void aCorrectionIsInForceUntilAWireVersionIsAccepted() {
    assertTrue(desk("editor:ming", "corrected").correctionInForce());
    assertFalse(desk("editor:ming", "wire version accepted", "corrected").correctionInForce());
    assertTrue(desk("editor:ming", "corrected", "wire version accepted").correctionInForce());
    assertFalse(DeskRecord.none().correctionInForce());
  }

  @Test
  void aChangeIsAnnouncedWhenItBecomesPublicAndAKillAlways() {
    Instant now = Instant.now();
    Story story = stored();
    assertTrue(story.announces(StoryChanged.Kind.PUBLISHED, now));

    story.embargo(now.plusSeconds(60));
    assertFalse(story.announces(StoryChanged.Kind.REVISED, now));
    assertTrue(story.announces(StoryChanged.Kind.KILLED, now));
    assertTrue(story.announces(StoryChanged.Kind.REVISED, now.plusSeconds(61)));

    Story incoming = stored();
    incoming.moveTo(StoryStatus.INCOMING);
    assertFalse(incoming.announces(StoryChanged.Kind.PUBLISHED, now));
    assertTrue(incoming.announces(StoryChanged.Kind.KILLED, now));
  }
}

package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one rule of who may read a story, and when a kill leaves a public trace. */
class ReadershipTest {
  static Story story(Instant embargo) {
    Story story = new Story(UUID.randomUUID(), "push:wire", "urn:x", null);
    story.revise(
        new StoryCopy(
            Language.EN,
            "h",
            null,
            "x",
            null,
            null,
            null,
            Instant.now(),
            List.of(),
            StoryCopy.WireStatus.USABLE,
            embargo));
    return story;
  }

  @Test
  void onlyAPublishedStoryPastItsEmbargoIsPublic() {
    Instant now = Instant.now();
    assertTrue(Readership.isPublic(story(null), now));
    assertTrue(Readership.isPublic(story(now.minusSeconds(1)), now));
    assertFalse(Readership.isPublic(story(now.plusSeconds(60)), now));
    for (StoryStatus state : List.of(StoryStatus.INCOMING, StoryStatus.HELD)) {
      Story story = story(null);
      story.moveTo(state);
      assertFalse(Readership.isPublic(story, now), state.name());
    }
    Story killed = story(null);
    killed.kill("reason");
    assertFalse(Readership.isPublic(killed, now));
  }

  @Test
  void theDeskReadsEverythingTheWireItsOwnAndOthersOnlyWhatIsPublic() {
    Story embargoed = story(Instant.now().plus(Duration.ofDays(1)));
    Instant now = Instant.now();
    assertTrue(Readership.Reader.desk("editor").mayRead(embargoed, now));
    assertTrue(new Readership.Reader("wire", false).mayRead(embargoed, now));
    assertFalse(new Readership.Reader("other", false).mayRead(embargoed, now));
    assertFalse(Readership.Reader.PUBLIC.mayRead(embargoed, now));
    assertFalse(new Readership.Reader("wire", false).seesDesk(), "no kill reasons for the wire");
  }

  @Test
  void aStoryKilledUnderEmbargoLeavesNoTombstone() {
    Story story = story(Instant.now().plus(Duration.ofHours(1)));
    story.notePublic();
    story.kill("legal");
    story.notePublic();
    assertNull(story.firstPublicAt());
    assertFalse(Readership.leavesTombstone(story));
  }

  @Test
  void aStoryKilledAfterItWasPublicLeavesOne() {
    Story story = story(null);
    story.notePublic();
    assertNotNull(story.firstPublicAt());
    story.notePublic();
    story.kill("legal");
    assertTrue(Readership.leavesTombstone(story));
  }

  @Test
  void anEmbargoThatPassedUnannouncedStillCountsAsPublic() {
    Instant passed = Instant.now().minusSeconds(5);
    Story story = story(passed);
    // The workflow notes the state it read before changing it: the embargo had passed.
    story.notePublic();
    story.kill("legal");
    assertTrue(Readership.leavesTombstone(story));
  }

  @Test
  void aHeldOrIncomingStoryIsNeverNotedPublic() {
    Story story = story(null);
    story.moveTo(StoryStatus.INCOMING);
    story.notePublic();
    story.moveTo(StoryStatus.HELD);
    story.notePublic();
    assertNull(story.firstPublicAt());
    story.embargoPassed(Instant.now());
    assertNull(story.firstPublicAt(), "a held story's embargo passing makes nothing public");
    story.moveTo(StoryStatus.PUBLISHED);
    story.notePublic();
    assertNotNull(story.firstPublicAt());
    assertEquals(StoryStatus.PUBLISHED, story.state());
  }
}

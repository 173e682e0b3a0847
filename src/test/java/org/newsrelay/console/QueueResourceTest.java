package org.newsrelay.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.story.DeskQueue;
import org.newsrelay.story.StoryStatus;

/** The queue's parameters: its cursor, statuses and urgency, and what it refuses. */
class QueueResourceTest {
  @Test
  void aPagesCursorLeadsBackToWhereItEnded() {
    DeskQueue.Position end =
        new DeskQueue.Position(Instant.parse("2026-11-28T08:30:00.123456Z"), UUID.randomUUID());
    assertEquals(end, QueueResource.cursor(QueueResource.cursor(end)));
  }

  @Test
  void aCursorNotOfOurMakingIsABadRequest() {
    for (String bad :
        List.of("not-a-cursor", "bm90IGEgY3Vyc29y", "MjAyNi0xMS0yOCBub3QtYS11dWlk", "%%")) {
      assertThrows(InvalidInput.class, () -> QueueResource.cursor(bad), bad);
    }
  }

  @Test
  void withoutAStatusTheQueueShowsWhatAnEditorMayActOn() {
    assertEquals(
        EnumSet.of(StoryStatus.INCOMING, StoryStatus.PUBLISHED, StoryStatus.HELD),
        QueueResource.statuses(List.of()));
    assertEquals(
        EnumSet.of(StoryStatus.HELD, StoryStatus.KILLED),
        QueueResource.statuses(List.of("held,Killed")));
    assertEquals(
        EnumSet.of(StoryStatus.INCOMING, StoryStatus.KILLED),
        QueueResource.statuses(List.of("incoming", "killed")));
    assertThrows(InvalidInput.class, () -> QueueResource.statuses(List.of("published,lost")));
  }

  @Test
  void urgencyIsNinjsOneToNine() {
    assertNull(QueueResource.urgency(null));
    assertNull(QueueResource.urgency(" "));
    assertEquals(2, QueueResource.urgency("2"));
    for (String bad : List.of("0", "10", "-1", "two", "1.5")) {
      assertThrows(InvalidInput.class, () -> QueueResource.urgency(bad), bad);
    }
  }

  @Test
  void anExcerptIsCutAtAWholeCharacter() {
    String text = "𠮷".repeat(QueueJson.EXCERPT + 5);
    String excerpt = QueueJson.excerpt(text);
    assertEquals(QueueJson.EXCERPT + 1, excerpt.codePointCount(0, excerpt.length()));
    assertEquals("a b", QueueJson.excerpt("  a\n\n b "));
    assertNull(QueueJson.excerpt("   "));
  }
}

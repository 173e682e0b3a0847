package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageCursorTest {
  static final byte[] KEY = "test key".getBytes(StandardCharsets.UTF_8);
  static final String FEED = "zh-Hant/all?";

  final PageCursor cursor =
      new PageCursor(
          PageCursor.Direction.OLDER,
          Instant.parse("2026-11-28T08:30:00.123456Z"),
          UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));

  @Test
  void roundTripsExactly() {
    assertEquals(cursor, PageCursor.decode(cursor.encode(FEED, KEY), FEED, KEY));
  }

  @Test
  void anEditedPositionIsRefused() {
    String encoded = cursor.encode(FEED, KEY);
    String forged =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("o|1|0|" + cursor.storyId()).getBytes(StandardCharsets.US_ASCII))
            + encoded.substring(encoded.indexOf('.'));
    assertThrows(IllegalArgumentException.class, () -> PageCursor.decode(forged, FEED, KEY));
  }

  @Test
  void aCursorFromAnotherFeedIsRefused() {
    String encoded = cursor.encode(FEED, KEY);
    assertThrows(IllegalArgumentException.class, () -> PageCursor.decode(encoded, "en/all?", KEY));
  }

  @Test
  void garbageIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PageCursor.decode("abc", FEED, KEY));
    assertThrows(IllegalArgumentException.class, () -> PageCursor.decode("a$b.c", FEED, KEY));
    assertThrows(
        IllegalArgumentException.class, () -> PageCursor.decode("x".repeat(300), FEED, KEY));
  }
}

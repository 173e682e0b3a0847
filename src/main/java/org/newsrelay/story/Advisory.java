package org.newsrelay.story;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * What partners are told of a story they may have taken, in one feed language: a hold, a release, a
 * kill or a correction of a story that was public at the time (a line of its history, {@link
 * StoryEvent}). As {@link Advisories} reads it for a reader of one tag.
 *
 * @param id the advisory's own id (its history line's), for the entry of an advisories feed
 * @param notice what the desk told partners (a correction's note), converted to the tag; null when
 *     the desk said nothing beyond the kind
 * @param headline the story's headline in the tag while the story is public, else null: a held or
 *     killed story's copy is not the public's any more ({@link Readership})
 */
public record Advisory(
    UUID id, UUID storyId, Kind kind, Instant at, String notice, String headline) {

  /** The four changes partners hear of, spelled as feeds and deliveries spell them. */
  public enum Kind {
    HELD,
    RELEASED,
    KILLED,
    CORRECTED;

    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind of(String value) {
      return Arrays.stream(values())
          .filter(k -> k.value().equals(value))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No advisory kind " + value));
    }
  }
}

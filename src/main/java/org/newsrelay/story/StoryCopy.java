package org.newsrelay.story;

import java.time.Instant;

/** The cleaned copy of one version of a story, ready to be stored. */
public record StoryCopy(
    Language language,
    String headline,
    String summary,
    String bodyText,
    String bodyHtml,
    String link,
    String byline,
    Instant versionCreated,
    java.util.List<String> subjects,
    WireStatus wireStatus,
    Instant embargoedUntil) {

  /** What the wire says of the story's state (ninjs pubstatus). */
  public enum WireStatus {
    USABLE,
    WITHHELD,
    CANCELED;

    public static WireStatus of(String pubstatus) {
      return pubstatus == null ? USABLE : valueOf(pubstatus.toUpperCase(java.util.Locale.ROOT));
    }
  }
}

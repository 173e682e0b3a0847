package org.newsrelay.story;

import java.time.Instant;

/**
 * The cleaned copy of one version of a story, ready to be stored, with what the wire said of it
 * besides ({@link WireMetadata}, none for most polled feeds).
 */
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
    Instant embargoedUntil,
    WireMetadata wire) {

  public StoryCopy {
    wire = wire == null ? WireMetadata.NONE : wire;
  }

  /** Copy without the wire's metadata. */
  public StoryCopy(
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
    this(
        language,
        headline,
        summary,
        bodyText,
        bodyHtml,
        link,
        byline,
        versionCreated,
        subjects,
        wireStatus,
        embargoedUntil,
        WireMetadata.NONE);
  }

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

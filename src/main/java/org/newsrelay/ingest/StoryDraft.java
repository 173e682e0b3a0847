package org.newsrelay.ingest;

import java.time.Instant;
import java.util.List;

/** A story as a wire or a feed gave it, before the text engine has cleaned it. */
public record StoryDraft(
    String uri,
    String headline,
    String bodyText,
    String bodyHtml,
    String language,
    Instant versionCreated,
    String link,
    String byline,
    List<String> subjects,
    String pubstatus,
    Instant embargoed) {

  /** A draft as most sources give it: usable at once. */
  public StoryDraft(
      String uri,
      String headline,
      String bodyText,
      String bodyHtml,
      String language,
      Instant versionCreated,
      String link,
      String byline,
      List<String> subjects) {
    this(
        uri,
        headline,
        bodyText,
        bodyHtml,
        language,
        versionCreated,
        link,
        byline,
        subjects,
        null,
        null);
  }
}

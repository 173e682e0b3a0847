package org.newsrelay.ingest;

import java.time.Instant;
import java.util.List;
import org.newsrelay.story.WireMetadata;

/**
 * A story as a wire or a feed gave it, before the text engine has cleaned it.
 *
 * @param subjects each subject's code, or its name when it has none: what topic rules match
 * @param wire what else the wire said of it (ninjs metadata and what newsrelay does not interpret)
 */
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
    Instant embargoed,
    WireMetadata wire) {

  public StoryDraft {
    wire = wire == null ? WireMetadata.NONE : wire;
  }

  /** A draft without the wire's metadata, as feeds give it. */
  public StoryDraft(
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
        pubstatus,
        embargoed,
        WireMetadata.NONE);
  }

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

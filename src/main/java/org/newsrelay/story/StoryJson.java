package org.newsrelay.story;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsrelay.platform.JsonViews;

/** A story as the API shows it: ninjs field names, plus newsrelay's id and status. */
public final class StoryJson {
  private StoryJson() {}

  /** Members left null are left out; {@code versioncreated} is ninjs's spelling. */
  @Schema(name = "Story")
  record Shown(
      UUID id,
      String uri,
      String status,
      int version,
      String language,
      String headline,
      Instant versioncreated,
      Instant received,
      Instant updated,
      String summary,
      String bodyText,
      String bodyHtml,
      String byline,
      String link,
      String origin,
      Instant embargoed,
      Instant killed,
      String killReason,
      List<String> subject,
      UUID cluster,
      UUID source,
      @Schema(
              type = SchemaType.OBJECT,
              description = "What the wire said besides the copy, in ninjs 2.x names")
          JsonObject wire) {}

  /** A story the worker has not stored yet, or could not. */
  @Schema(name = "IncomingStory")
  record IncomingShown(UUID id, String uri, String status, Instant received, String error) {}

  /** The list's shape, for /openapi. */
  @Schema(name = "Stories")
  public record Listed(List<Shown> items) {}

  /** The story as the desk sees it. */
  public static JsonObject of(Story story) {
    return of(story, Readership.Reader.desk(null));
  }

  /**
   * The story as {@code reader} may see it (who may read it at all is {@link Readership}'s): the
   * origin and the kill reason are the desk's.
   */
  public static JsonObject of(Story story, Readership.Reader reader) {
    return of(story, reader, WireMetadata.NONE);
  }

  /**
   * The same with what the wire said of the story besides its copy, under {@code wire}: ninjs 2.x
   * names, and under {@code wire.extra} the members newsrelay does not interpret, as they came.
   */
  public static JsonObject of(Story story, Readership.Reader reader, WireMetadata wire) {
    boolean desk = reader.seesDesk();
    return JsonViews.of(
        new Shown(
            story.id(),
            story.uri(),
            story.status(),
            story.version(),
            story.language().tag(),
            story.headline(),
            story.versionCreated(),
            story.receivedAt(),
            story.updatedAt(),
            story.summary(),
            story.bodyText(),
            story.bodyHtml(),
            story.byline(),
            story.link(),
            desk ? story.origin() : null,
            story.embargoedUntil(),
            story.killedAt(),
            desk && story.killedAt() != null ? story.killReason() : null,
            story.subjects().isEmpty() ? null : story.subjects(),
            story.clusterId(),
            story.sourceId(),
            wire == null || wire.isEmpty() ? null : wire.json()));
  }

  public static JsonObject of(IncomingStories.IncomingStory incoming) {
    return JsonViews.of(
        new IncomingShown(
            incoming.id(),
            incoming.uri(),
            incoming.status(),
            incoming.receivedAt(),
            incoming.error()));
  }
}

package org.newsrelay.story;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsrelay.platform.JsonViews;

/** The desk's JSON: renditions with the characters conversion changed, versions, terms. */
final class DeskJson {
  private DeskJson() {}

  /** A rendition; one not the original carries the runs conversion changed, and what they were. */
  @Schema(name = "Rendition")
  record RenditionShown(
      String language,
      String kind,
      String headline,
      String bodyText,
      String bodyHtml,
      List<ConversionMarks.Run> headlineMarks,
      List<ConversionMarks.Run> bodyMarks) {}

  @Schema(name = "StoryVersion")
  record VersionShown(
      String rendition,
      int seq,
      String headline,
      String actor,
      Instant at,
      String bodyText,
      String bodyHtml,
      String note) {}

  @Schema(name = "NewsroomTerm")
  record TermShown(
      UUID id,
      String target,
      String source,
      String term,
      String addedBy,
      Instant added,
      String note) {}

  /** The wire's newer version of a corrected story, waiting for an editor. */
  @Schema(name = "WireVersion")
  record WireVersionShown(
      Instant versioncreated,
      Instant received,
      String headline,
      String bodyText,
      String bodyHtml) {}

  /** The story in every tag, side by side: the shape of /renditions, for /openapi. */
  @Schema(name = "StoryRenditions")
  record Renditions(
      StoryJson.Shown story,
      List<RenditionShown> items,
      List<UUID> translations,
      List<ClusterMember> cluster,
      WireVersionShown wireVersion) {}

  /** A story of the same cluster (look-alikes, one entry in the feeds). */
  @Schema(name = "ClusterMember")
  record ClusterMember(UUID id, String language, String headline, String status) {}

  /** An entry of a story's history: the shape of /history, for /openapi. */
  @Schema(name = "StoryEvent")
  record EventShown(
      Instant at,
      String actor,
      String action,
      int version,
      String note,
      @Schema(description = "What partners were told: hold, release, kill, correction")
          String advisory,
      String notice) {}

  @Schema(name = "StoryHistory")
  record Events(List<EventShown> items) {}

  /** A list the desk shows: {"items": [...]}. */
  record Items(List<?> items) {}

  /** The lists' shapes, for /openapi. */
  @Schema(name = "StoryVersions")
  record Versions(List<VersionShown> items) {}

  @Schema(name = "NewsroomTerms")
  record Terms(List<TermShown> items) {}

  static JsonObject rendition(Rendition rendition, Rendition original) {
    List<ConversionMarks.Run> headlineMarks = null;
    List<ConversionMarks.Run> bodyMarks = null;
    if (rendition.kind() != Rendition.Kind.ORIGINAL) {
      headlineMarks = ConversionMarks.between(original.headline(), rendition.headline());
      if (original.bodyText() != null && rendition.bodyText() != null) {
        bodyMarks = ConversionMarks.between(original.bodyText(), rendition.bodyText());
      }
    }
    return JsonViews.of(
        new RenditionShown(
            rendition.language().tag(),
            rendition.kind().value(),
            rendition.headline(),
            rendition.bodyText(),
            rendition.bodyHtml(),
            headlineMarks,
            bodyMarks));
  }

  static JsonObject version(StoryVersion version) {
    return JsonViews.of(
        new VersionShown(
            version.rendition(),
            version.seq(),
            version.headline(),
            version.actor(),
            version.at(),
            version.bodyText(),
            version.bodyHtml(),
            version.note()));
  }

  static JsonObject term(NewsroomTerm term) {
    return JsonViews.of(
        new TermShown(
            term.id(),
            term.target().tag(),
            term.source(),
            term.term(),
            term.addedBy(),
            term.addedAt(),
            term.note()));
  }

  static JsonObject wireVersion(WireVersion waiting) {
    StoryCopy copy = waiting.copy();
    return JsonViews.of(
        new WireVersionShown(
            copy.versionCreated(),
            waiting.receivedAt(),
            copy.headline(),
            copy.bodyText(),
            copy.bodyHtml()));
  }

  static JsonObject items(List<JsonObject> items) {
    return JsonViews.of(new Items(items));
  }
}

package org.newsrelay.story;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.newsrelay.platform.JsonViews;

/** The desk's JSON: renditions with the characters conversion changed, versions, terms. */
final class DeskJson {
  private DeskJson() {}

  /** A rendition; one not the original carries the runs conversion changed, and what they were. */
  record RenditionShown(
      String language,
      String kind,
      String headline,
      String bodyText,
      String bodyHtml,
      List<ConversionMarks.Run> headlineMarks,
      List<ConversionMarks.Run> bodyMarks) {}

  record VersionShown(
      String rendition,
      int seq,
      String headline,
      String actor,
      Instant at,
      String bodyText,
      String bodyHtml,
      String note) {}

  record TermShown(
      UUID id,
      String target,
      String source,
      String term,
      String addedBy,
      Instant added,
      String note) {}

  /** A list the desk shows: {"items": [...]}. */
  record Items(List<?> items) {}

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

  static JsonObject items(List<JsonObject> items) {
    return JsonViews.of(new Items(items));
  }
}

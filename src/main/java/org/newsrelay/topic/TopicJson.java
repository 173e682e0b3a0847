package org.newsrelay.topic;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsrelay.platform.JsonViews;

/** Topics and their re-evaluation as the API shows them. */
final class TopicJson {
  private TopicJson() {}

  /** A topic: every name (the ones not given made up), the names given, its rules. */
  @Schema(name = "Topic")
  record Shown(
      String slug,
      Map<String, String> names,
      Map<String, String> namesGiven,
      String visibility,
      @Schema(type = SchemaType.OBJECT, description = "{include, exclude, sources, subjects}")
          JsonValue rules,
      int rulesVersion,
      Instant updated,
      String updatedBy,
      String description,
      ReevaluationShown reevaluation) {}

  /** How far re-evaluating recent stories against the rules has got. */
  @Schema(name = "Reevaluation")
  record ReevaluationShown(
      String status,
      int rulesVersion,
      int total,
      int done,
      int matched,
      Instant requested,
      Instant finished,
      String error) {}

  /** The list's shape, for /openapi. */
  @Schema(name = "Topics")
  record Listed(List<Shown> items) {}

  static JsonObject of(Topic topic, Reevaluation reevaluation) {
    return JsonViews.of(
        new Shown(
            topic.slug(),
            TopicNames.complete(topic.slug(), topic.names()),
            topic.names(),
            topic.visibility().value(),
            topic.rules().toJson(),
            topic.rulesVersion(),
            topic.updatedAt(),
            topic.updatedBy(),
            topic.description(),
            reevaluation == null ? null : shown(reevaluation)));
  }

  static JsonObject of(Reevaluation job) {
    return JsonViews.of(shown(job));
  }

  private static ReevaluationShown shown(Reevaluation job) {
    return new ReevaluationShown(
        job.status(),
        job.rulesVersion(),
        job.total(),
        job.done(),
        job.matched(),
        job.requestedAt(),
        job.finishedAt(),
        job.error());
  }
}

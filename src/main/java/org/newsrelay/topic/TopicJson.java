package org.newsrelay.topic;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.newsrelay.platform.Json;

/** Topics and their re-evaluation as the API shows them. */
final class TopicJson {
  private TopicJson() {}

  static JsonObject of(Topic topic, Reevaluation reevaluation) {
    var names = Json.createObjectBuilder();
    TopicNames.complete(topic.slug(), topic.names()).forEach(names::add);
    var given = Json.createObjectBuilder();
    topic.names().forEach(given::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("slug", topic.slug())
            .add("names", names)
            .add("names_given", given)
            .add("visibility", topic.visibility().value())
            .add("rules", topic.rules().toJson())
            .add("rules_version", topic.rulesVersion())
            .add("updated", topic.updatedAt().toString())
            .add("updated_by", topic.updatedBy());
    if (topic.description() != null) {
      json.add("description", topic.description());
    }
    if (reevaluation != null) {
      json.add("reevaluation", of(reevaluation));
    }
    return json.build();
  }

  static JsonObject of(Reevaluation job) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("status", job.status())
            .add("rules_version", job.rulesVersion())
            .add("total", job.total())
            .add("done", job.done())
            .add("matched", job.matched())
            .add("requested", job.requestedAt().toString());
    if (job.finishedAt() != null) {
      json.add("finished", job.finishedAt().toString());
    }
    if (job.error() != null) {
      json.add("error", job.error());
    }
    return json.build();
  }
}

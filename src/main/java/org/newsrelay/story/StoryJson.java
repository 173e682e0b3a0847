package org.newsrelay.story;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.newsrelay.platform.Json;

/** A story as the API shows it: ninjs field names, plus newsrelay's id and status. */
public final class StoryJson {
  private StoryJson() {}

  /** The story as the desk sees it. */
  public static JsonObject of(Story story) {
    return of(story, Readership.Reader.desk(null));
  }

  /**
   * The story as {@code reader} may see it (who may read it at all is {@link Readership}'s): the
   * origin and the kill reason are the desk's.
   */
  public static JsonObject of(Story story, Readership.Reader reader) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", story.id().toString())
            .add("uri", story.uri())
            .add("status", story.status())
            .add("version", story.version())
            .add("language", story.language().tag())
            .add("headline", story.headline())
            .add("versioncreated", story.versionCreated().toString())
            .add("received", story.receivedAt().toString())
            .add("updated", story.updatedAt().toString());
    add(json, "summary", story.summary());
    add(json, "body_text", story.bodyText());
    add(json, "body_html", story.bodyHtml());
    add(json, "byline", story.byline());
    add(json, "link", story.link());
    if (reader.seesDesk()) {
      add(json, "origin", story.origin());
    }
    if (story.embargoedUntil() != null) {
      json.add("embargoed", story.embargoedUntil().toString());
    }
    if (story.killedAt() != null) {
      json.add("killed", story.killedAt().toString());
      if (reader.seesDesk()) {
        add(json, "kill_reason", story.killReason());
      }
    }
    if (!story.subjects().isEmpty()) {
      json.add("subject", Json.createArrayBuilder(story.subjects()));
    }
    if (story.clusterId() != null) {
      json.add("cluster", story.clusterId().toString());
    }
    if (story.sourceId() != null) {
      json.add("source", story.sourceId().toString());
    }
    return json.build();
  }

  public static JsonObject of(IncomingStories.IncomingStory incoming) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", incoming.id().toString())
            .add("uri", incoming.uri())
            .add("status", incoming.status())
            .add("received", incoming.receivedAt().toString());
    add(json, "error", incoming.error());
    return json.build();
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}

package org.newsrelay.story;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsrelay.platform.Json;

/**
 * The newest wire version of a story that the desk corrected, waiting for an editor: the story
 * keeps its corrected copy until an editor accepts this one (or dismisses it). One per story.
 */
@Entity
@Table(name = "story_wire_version")
public class WireVersion {
  @Id
  @Column(name = "story_id")
  private UUID storyId;

  @Column(name = "version_created", nullable = false)
  private Instant versionCreated;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(nullable = false)
  private String copy;

  protected WireVersion() {}

  WireVersion(UUID storyId, StoryCopy copy) {
    this.storyId = storyId;
    replace(copy);
  }

  void replace(StoryCopy newer) {
    this.versionCreated = newer.versionCreated();
    this.receivedAt = Instant.now();
    this.copy = encode(newer).toString();
  }

  public Instant versionCreated() {
    return versionCreated;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public StoryCopy copy() {
    JsonObject json = Json.createReader(new StringReader(copy)).readObject();
    List<String> subjects = new ArrayList<>();
    JsonArray array = json.getJsonArray("subjects");
    if (array != null) {
      array.getValuesAs(JsonString.class).forEach(s -> subjects.add(s.getString()));
    }
    return new StoryCopy(
        Language.ofExactTag(json.getString("language")).orElseThrow(),
        json.getString("headline"),
        json.getString("summary", null),
        json.getString("body_text", null),
        json.getString("body_html", null),
        json.getString("link", null),
        json.getString("byline", null),
        Instant.parse(json.getString("versioncreated")),
        List.copyOf(subjects),
        StoryCopy.WireStatus.valueOf(json.getString("pubstatus")),
        json.containsKey("embargoed") ? Instant.parse(json.getString("embargoed")) : null,
        json.get("wire") instanceof JsonObject wire ? new WireMetadata(wire) : WireMetadata.NONE);
  }

  private static JsonObject encode(StoryCopy copy) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("language", copy.language().tag())
            .add("headline", copy.headline())
            .add("versioncreated", copy.versionCreated().toString())
            .add("pubstatus", copy.wireStatus().name())
            .add("subjects", Json.createArrayBuilder(copy.subjects()));
    add(json, "summary", copy.summary());
    add(json, "body_text", copy.bodyText());
    add(json, "body_html", copy.bodyHtml());
    add(json, "link", copy.link());
    add(json, "byline", copy.byline());
    if (copy.embargoedUntil() != null) {
      json.add("embargoed", copy.embargoedUntil().toString());
    }
    if (!copy.wire().isEmpty()) {
      // The wire's metadata waits with its copy: accepting the version takes both.
      json.add("wire", copy.wire().json());
    }
    return json.build();
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}

package org.newsrelay.story;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsrelay.platform.Json;

/**
 * A story as ninjs 2.x in one language tag, as the content API gives it to partners: the copy the
 * desk shows in that tag (converted, corrected), the wire's metadata converted the same way, our
 * own {@code version} and {@code ednote}, and every member of the wire's ninjs that newsrelay does
 * not interpret, passed on as it came.
 */
final class StoryNinjs {
  static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json";

  private StoryNinjs() {}

  /**
   * @param deskNote the desk's latest correction note in force, or null: the wire's ednote then
   */
  static JsonObject of(
      Story story, Language language, Renditions.ReaderCopy copy, String deskNote, Instant now) {
    Rendition rendition = copy.rendition();
    WireMetadata wire = copy.wire();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("uri", "urn:uuid:" + story.id())
            .add(
                "standard",
                Json.createObjectBuilder()
                    .add("name", "ninjs")
                    .add("version", "2.0")
                    .add("schema", SCHEMA))
            .add("type", "text")
            // ninjs spells a version as a string; ours counts every new copy and correction.
            .add("version", Integer.toString(story.version()))
            .add("versioncreated", story.versionCreated().toString())
            .add("pubstatus", pubstatus(story))
            .add("language", language.tag());
    if (story.embargoedUntil() != null && story.embargoedUntil().isAfter(now)) {
      json.add("embargoed", story.embargoedUntil().toString());
    }
    if (wire.urgency() != null) {
      json.add(WireMetadata.URGENCY, wire.urgency());
    }
    for (String name :
        List.of("slugline", "located", "copyrightholder", "copyrightnotice", "usageterms")) {
      add(json, name, wire.text(name));
    }
    add(json, "ednote", deskNote != null ? deskNote : wire.text("ednote"));
    json.add(
        "headlines",
        Json.createArrayBuilder().add(text("main", "text/plain", rendition.headline())));
    JsonArrayBuilder bodies = Json.createArrayBuilder();
    if (rendition.bodyHtml() != null) {
      bodies.add(text("main", "text/html", rendition.bodyHtml()));
    }
    if (rendition.bodyText() != null) {
      bodies.add(text("main", "text/plain", rendition.bodyText()));
    }
    json.add("bodies", bodies);
    add(json, "by", copy.byline());
    json.add("subjects", subjects(wire, copy.subjects()));
    for (String name : List.of("places", "genres", "associations", "renditions")) {
      if (wire.json().get(name) instanceof JsonArray items && !items.isEmpty()) {
        json.add(name, items);
      }
    }
    JsonObject extra = wire.extra();
    if (!extra.containsKey("descriptions") && copy.summary() != null) {
      json.add(
          "descriptions",
          Json.createArrayBuilder().add(text("summary", "text/plain", copy.summary())));
    }
    if (story.link() != null) {
      json.add(
          "links",
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("rel", "canonical").add("href", story.link())));
    }
    JsonArrayBuilder altids =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("role", "wire").add("value", story.uri()));
    if (extra.get("altids") instanceof JsonArray theirs) {
      theirs.forEach(altids::add);
    }
    json.add("altids", altids);
    JsonObject written = json.build();
    // What newsrelay does not interpret goes on as it came, unless it would stand in for ours.
    Set<String> taken = new HashSet<>(written.keySet());
    JsonObjectBuilder all = Json.createObjectBuilder(written);
    for (var member : extra.entrySet()) {
      if (taken.add(member.getKey())) {
        all.add(member.getKey(), member.getValue());
      }
    }
    return all.build();
  }

  /** The wire's subjects (their code as ninjs 2.x's literal), or the story's codes and names. */
  private static JsonArrayBuilder subjects(WireMetadata wire, List<String> shown) {
    JsonArrayBuilder subjects = Json.createArrayBuilder();
    List<JsonObject> theirs = wire.list("subjects");
    if (theirs.isEmpty()) {
      shown.forEach(s -> subjects.add(Json.createObjectBuilder().add("name", s)));
      return subjects;
    }
    for (JsonObject subject : theirs) {
      if (!subject.containsKey("literal") && subject.get("code") instanceof JsonString code) {
        subjects.add(Json.createObjectBuilder(subject).add("literal", code.getString()));
      } else {
        subjects.add(subject);
      }
    }
    return subjects;
  }

  private static String pubstatus(Story story) {
    return switch (story.state()) {
      case PUBLISHED -> "usable";
      case KILLED -> "canceled";
      default -> "withheld";
    };
  }

  private static JsonObjectBuilder text(String role, String type, String value) {
    return Json.createObjectBuilder()
        .add("role", role)
        .add("contenttype", type)
        .add("value", value == null ? "" : value);
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}

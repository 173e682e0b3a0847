package org.newsrelay.story;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.newsrelay.platform.Json;

/** The desk's JSON: renditions with the characters conversion changed, versions, terms. */
final class DeskJson {
  private DeskJson() {}

  static JsonObject rendition(Rendition rendition, Rendition original) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("language", rendition.language().tag())
            .add("kind", rendition.kind().value())
            .add("headline", rendition.headline());
    add(json, "body_text", rendition.bodyText());
    add(json, "body_html", rendition.bodyHtml());
    if (rendition.kind() != Rendition.Kind.ORIGINAL) {
      json.add("headline_marks", marks(original.headline(), rendition.headline()));
      if (original.bodyText() != null && rendition.bodyText() != null) {
        json.add("body_marks", marks(original.bodyText(), rendition.bodyText()));
      }
    }
    return json.build();
  }

  private static JsonArrayBuilder marks(String original, String converted) {
    JsonArrayBuilder runs = Json.createArrayBuilder();
    for (ConversionMarks.Run run : ConversionMarks.between(original, converted)) {
      JsonObjectBuilder item = Json.createObjectBuilder().add("text", run.text());
      if (run.changed()) {
        item.add("original", run.original());
      }
      runs.add(item);
    }
    return runs;
  }

  static JsonObject version(StoryVersion version) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("rendition", version.rendition())
            .add("seq", version.seq())
            .add("headline", version.headline())
            .add("actor", version.actor())
            .add("at", version.at().toString());
    add(json, "body_text", version.bodyText());
    add(json, "body_html", version.bodyHtml());
    add(json, "note", version.note());
    return json.build();
  }

  static JsonObject term(NewsroomTerm term) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", term.id().toString())
            .add("target", term.target().tag())
            .add("source", term.source())
            .add("term", term.term())
            .add("added_by", term.addedBy())
            .add("added", term.addedAt().toString());
    add(json, "note", term.note());
    return json.build();
  }

  static JsonObject items(List<JsonObject> items) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    items.forEach(array::add);
    return Json.createObjectBuilder().add("items", array).build();
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}

package org.newsrelay.ingest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;

/**
 * IPTC ninjs, the JSON that wires push and the form every story takes in the inbox. Reads the 1.x
 * field names (headline, body_text, body_html) and the 2.0 ones (headlines, bodies).
 */
public final class Ninjs {
  /** ninjs pubstatus values: published, held by the wire, killed by the wire. */
  static final java.util.Set<String> PUBSTATUS = java.util.Set.of("usable", "withheld", "canceled");

  private Ninjs() {}

  public static StoryDraft read(JsonObject json) {
    String uri = text(json, "uri");
    if (uri == null) {
      throw new InvalidInput("A story needs a \"uri\" that identifies it at its wire.");
    }
    String headline = text(json, "headline");
    if (headline == null) {
      headline = firstValue(json, "headlines", null);
    }
    String bodyText = text(json, "body_text");
    String bodyHtml = text(json, "body_html");
    if (bodyText == null && bodyHtml == null) {
      bodyHtml = firstValue(json, "bodies", "text/html");
      bodyText = firstValue(json, "bodies", "text/plain");
    }
    if (headline == null && bodyText == null && bodyHtml == null) {
      throw new InvalidInput("A story needs a headline or a body (body_text or body_html).");
    }
    Instant versionCreated = instant(json, "versioncreated");
    if (versionCreated == null) {
      versionCreated = instant(json, "firstcreated");
    }
    List<String> subjects = new ArrayList<>();
    if (json.get("subject") instanceof JsonArray array) {
      for (JsonValue value : array) {
        if (value instanceof JsonObject subject) {
          String name = text(subject, "name");
          String code = text(subject, "code");
          if (code != null || name != null) {
            subjects.add(code != null ? code : name);
          }
        } else if (value instanceof JsonString subject) {
          subjects.add(subject.getString());
        }
      }
    }
    String pubstatus = text(json, "pubstatus");
    if (pubstatus != null && !PUBSTATUS.contains(pubstatus)) {
      throw new InvalidInput(
          "\"pubstatus\" must be one of usable, withheld, canceled (was \"" + pubstatus + "\").");
    }
    return new StoryDraft(
        uri,
        headline,
        bodyText,
        bodyHtml,
        text(json, "language"),
        versionCreated,
        link(json),
        text(json, "byline"),
        List.copyOf(subjects),
        pubstatus,
        instant(json, "embargoed"));
  }

  public static JsonObject write(StoryDraft draft) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("uri", draft.uri());
    add(json, "headline", draft.headline());
    add(json, "body_text", draft.bodyText());
    add(json, "body_html", draft.bodyHtml());
    add(json, "language", draft.language());
    add(
        json,
        "versioncreated",
        draft.versionCreated() == null ? null : draft.versionCreated().toString());
    add(json, "byline", draft.byline());
    add(json, "pubstatus", draft.pubstatus());
    add(json, "embargoed", draft.embargoed() == null ? null : draft.embargoed().toString());
    if (draft.link() != null) {
      json.add(
          "links",
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("rel", "canonical").add("href", draft.link())));
    }
    if (!draft.subjects().isEmpty()) {
      var subjects = Json.createArrayBuilder();
      draft.subjects().forEach(s -> subjects.add(Json.createObjectBuilder().add("code", s)));
      json.add("subject", subjects);
    }
    return json.build();
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw new InvalidInput("\"" + name + "\" must be a string.");
    }
    String s = string.getString().strip();
    return s.isEmpty() ? null : s;
  }

  private static String firstValue(JsonObject json, String name, String contentType) {
    if (!(json.get(name) instanceof JsonArray array)) {
      return null;
    }
    for (JsonValue value : array) {
      if (value instanceof JsonObject item) {
        String type = text(item, "contenttype");
        if (contentType == null
            || contentType.equals(type)
            || (type == null && contentType.equals("text/plain"))) {
          String text = text(item, "value");
          if (text != null) {
            return text;
          }
        }
      }
    }
    return null;
  }

  private static String link(JsonObject json) {
    if (json.get("links") instanceof JsonArray links) {
      for (JsonValue value : links) {
        if (value instanceof JsonObject link && text(link, "href") != null) {
          return text(link, "href");
        }
      }
    }
    return null;
  }

  private static Instant instant(JsonObject json, String name) {
    String value = text(json, name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          "\""
              + name
              + "\" must be an ISO 8601 date-time with an offset, such as 2025-01-28T08:30:00Z.");
    }
  }
}

package org.newsrelay.ingest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.story.WireMetadata;

/**
 * IPTC ninjs, the JSON that wires push and the form every story takes in the inbox. Reads 1.x's
 * names (headline, body_text, body_html, byline, subject), 2.x's (headlines, bodies, by, subjects)
 * and 3.x's camelCase spellings of them ({@link NinjsNames}); what a wire says besides the copy
 * (subjects in full, slugline, urgency, located, places, genres, rights, ednote, version,
 * associations, renditions) and every member newsrelay does not interpret are kept as the story's
 * {@link WireMetadata} ({@link NinjsMetadata}). A member of the wrong type is a 400 naming it.
 */
public final class Ninjs {
  /** ninjs pubstatus values: published, held by the wire, killed by the wire. */
  static final Set<String> PUBSTATUS = Set.of("usable", "withheld", "canceled");

  private Ninjs() {}

  /**
   * @throws InvalidInput for a story without uri or copy, or a member of the wrong type; never
   *     anything else, whatever the object holds
   */
  public static StoryDraft read(JsonObject received) {
    JsonObject json = NinjsNames.twoX(received);
    String uri = text(json, "uri");
    if (uri == null) {
      throw InvalidInput.field("uri", "A story needs a \"uri\" that identifies it at its wire.");
    }
    List<String> partlyRead = new ArrayList<>();
    String headline = text(json, "headline");
    if (headline == null) {
      headline = firstValue(json, "headlines", null);
    }
    // A 2.x array read in part (a sub-headline, a body in a third format) is kept whole as well.
    if (size(json, "headlines") > (json.containsKey("headline") || headline == null ? 0 : 1)) {
      partlyRead.add("headlines");
    }
    String bodyText = text(json, "body_text");
    String bodyHtml = text(json, "body_html");
    int fromBodies = 0;
    if (bodyText == null && bodyHtml == null) {
      bodyHtml = firstValue(json, "bodies", "text/html");
      bodyText = firstValue(json, "bodies", "text/plain");
      fromBodies = (bodyHtml != null ? 1 : 0) + (bodyText != null ? 1 : 0);
    }
    if (size(json, "bodies") > fromBodies) {
      partlyRead.add("bodies");
    }
    if (headline == null && bodyText == null && bodyHtml == null) {
      throw InvalidInput.field(
          "headline", "A story needs a headline or a body (body_text or body_html).");
    }
    Instant versionCreated = instant(json, "versioncreated");
    if (versionCreated == null) {
      versionCreated = instant(json, "firstcreated");
    }
    String byline = text(json, "byline");
    if (byline == null) {
      byline = text(json, "by");
    } else {
      partlyRead.add("by");
    }
    String pubstatus = text(json, "pubstatus");
    if (pubstatus != null && !PUBSTATUS.contains(pubstatus)) {
      throw InvalidInput.field(
          "pubstatus",
          "\"pubstatus\" must be one of usable, withheld, canceled (was \"" + pubstatus + "\").");
    }
    NinjsMetadata.Read metadata =
        NinjsMetadata.read(json, partlyRead.stream().filter(json::containsKey).toList());
    return new StoryDraft(
        uri,
        headline,
        bodyText,
        bodyHtml,
        text(json, "language"),
        versionCreated,
        link(json),
        byline,
        metadata.subjectCodes(),
        pubstatus,
        instant(json, "embargoed"),
        metadata.wire());
  }

  /**
   * The draft as the inbox keeps it, which {@link #read} reads back to the same draft: the wire's
   * metadata in 2.x's names and its uninterpreted members as they came.
   */
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
    WireMetadata wire = draft.wire();
    JsonObject extra = wire.extra();
    if (draft.link() != null) {
      json.add(
          "links",
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("rel", "canonical").add("href", draft.link())));
    }
    if (wire.json().containsKey("subjects")) {
      // The subjects in full; their codes are read from them again.
      json.add("subjects", wire.json().get("subjects"));
    } else if (!draft.subjects().isEmpty()) {
      var subjects = Json.createArrayBuilder();
      draft.subjects().forEach(s -> subjects.add(Json.createObjectBuilder().add("code", s)));
      json.add("subject", subjects);
    }
    for (var member : wire.json().entrySet()) {
      if (!member.getKey().equals("subjects") && !member.getKey().equals(WireMetadata.EXTRA)) {
        json.add(member.getKey(), member.getValue());
      }
    }
    JsonObject written = json.build();
    JsonObjectBuilder all = Json.createObjectBuilder(written);
    for (var member : extra.entrySet()) {
      if (!written.containsKey(member.getKey())) {
        all.add(member.getKey(), member.getValue());
      }
    }
    return all.build();
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static String text(JsonObject json, String name) {
    return NinjsMetadata.text(json, name, name);
  }

  private static int size(JsonObject json, String name) {
    return json.get(name) instanceof JsonArray array ? array.size() : 0;
  }

  private static String firstValue(JsonObject json, String name, String contentType) {
    if (!(json.get(name) instanceof JsonArray array)) {
      return null;
    }
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonObject item) {
        String field = name + "[" + i + "]";
        String type = NinjsMetadata.text(item, "contenttype", field + ".contenttype");
        if (contentType == null
            || contentType.equals(type)
            || (type == null && contentType.equals("text/plain"))) {
          String text = NinjsMetadata.text(item, "value", field + ".value");
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
        if (value instanceof JsonObject link
            && link.get("href") instanceof jakarta.json.JsonString href
            && !href.getString().isBlank()) {
          return href.getString().strip();
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
      throw InvalidInput.field(
          name,
          "\""
              + name
              + "\" must be an ISO 8601 date-time with an offset, such as 2025-01-28T08:30:00Z.");
    }
  }
}

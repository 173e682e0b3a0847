package org.newsrelay.story;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.newsrelay.platform.Json;

/**
 * What a wire said of a story besides its copy, as JSON in ninjs 2.x names: {@code subjects}
 * (objects with {@code code}, {@code name} and {@code uri}, the rest as sent), {@code slugline},
 * {@code urgency} (1 to 9), {@code located}, {@code places}, {@code genres}, the rights ({@code
 * copyrightholder}, {@code copyrightnotice}, {@code usageterms}), {@code ednote}, {@code version},
 * {@code associations} and {@code renditions}; and under {@code extra}, every member of the wire's
 * ninjs that newsrelay does not interpret, as it came, so that it is passed on rather than lost. A
 * newer version from the wire replaces it whole, as it replaces the copy ({@link StoryMetadata}).
 */
public record WireMetadata(JsonObject json) {
  /** Members that are one text each. */
  public static final List<String> TEXTS =
      List.of(
          "slugline",
          "located",
          "copyrightholder",
          "copyrightnotice",
          "usageterms",
          "ednote",
          "version");

  /** Members that are arrays of objects. */
  public static final List<String> LISTS =
      List.of("subjects", "places", "genres", "associations", "renditions");

  public static final String URGENCY = "urgency";
  public static final String EXTRA = "extra";

  /** Texts a reader reads, so converted per Chinese variant like the byline. */
  static final List<String> READER_TEXTS =
      List.of("located", "copyrightholder", "copyrightnotice", "usageterms", "ednote");

  /** Lists whose items' {@code name} a reader reads (an association's caption is media's). */
  static final List<String> NAMED = List.of("subjects", "places", "genres");

  /** An association's one-text members that a reader reads (1.x's spellings too). */
  static final List<String> MEDIA_TEXTS =
      List.of(
          "headline",
          "description_text",
          "by",
          "byline",
          "copyrightholder",
          "copyrightnotice",
          "usageterms");

  public static final WireMetadata NONE = new WireMetadata(JsonValue.EMPTY_JSON_OBJECT);

  public WireMetadata {
    Objects.requireNonNull(json);
  }

  /** Metadata as {@link #encode} wrote it. */
  public static WireMetadata decode(String text) {
    return text == null || text.isBlank()
        ? NONE
        : new WireMetadata(Json.createReader(new StringReader(text)).readObject());
  }

  public String encode() {
    return json.toString();
  }

  public boolean isEmpty() {
    return json.isEmpty();
  }

  /** One of {@link #TEXTS}, or null. */
  public String text(String name) {
    return json.get(name) instanceof JsonString s ? s.getString() : null;
  }

  /** The wire's urgency, 1 (most urgent) to 9, or null. */
  public Integer urgency() {
    return json.get(URGENCY) instanceof JsonNumber n ? n.intValue() : null;
  }

  /** The objects of one of {@link #LISTS}; none when the wire sent none. */
  public List<JsonObject> list(String name) {
    List<JsonObject> items = new ArrayList<>();
    if (json.get(name) instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (item instanceof JsonObject object) {
          items.add(object);
        }
      }
    }
    return items;
  }

  /** The members of the wire's ninjs that newsrelay does not interpret. */
  public JsonObject extra() {
    return json.get(EXTRA) instanceof JsonObject extra ? extra : JsonValue.EMPTY_JSON_OBJECT;
  }

  public Rights rights() {
    Rights rights =
        new Rights(text("copyrightholder"), text("copyrightnotice"), text("usageterms"));
    return rights.isEmpty() ? null : rights;
  }

  /** The same metadata with one member set, or removed when {@code value} is null. */
  public WireMetadata with(String name, JsonValue value) {
    JsonObjectBuilder changed = Json.createObjectBuilder(json);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      changed.remove(name);
    } else {
      changed.add(name, value);
    }
    return new WireMetadata(changed.build());
  }

  /** {@link #with(String, JsonValue)} for a text. */
  public WireMetadata with(String name, String text) {
    return with(name, text == null ? null : Json.createValue(text));
  }

  /**
   * Every string in it, member names included, through {@code clean} (the door's cleaning of what
   * XML cannot carry); a member whose name is cleaned away is left out.
   */
  public WireMetadata everyString(UnaryOperator<String> clean) {
    return new WireMetadata((JsonObject) strings(json, clean));
  }

  /**
   * The texts a reader reads through {@code convert} (a Chinese variant's conversion): located, the
   * rights, the ednote, and the names of subjects, places and genres. Codes, uris and what
   * newsrelay does not interpret stay as the wire sent them.
   */
  public WireMetadata converted(UnaryOperator<String> convert) {
    if (isEmpty()) {
      return this;
    }
    JsonObjectBuilder converted = Json.createObjectBuilder(json);
    for (String name : READER_TEXTS) {
      String text = text(name);
      if (text != null) {
        converted.add(name, convert.apply(text));
      }
    }
    for (String name : NAMED) {
      convertMembers(json, name, "name", convert, converted);
    }
    if (json.get("associations") instanceof JsonArray associations) {
      JsonArrayBuilder items = Json.createArrayBuilder();
      for (JsonValue item : associations) {
        items.add(item instanceof JsonObject media ? convertedMedia(media, convert) : item);
      }
      converted.add("associations", items);
    }
    return new WireMetadata(converted.build());
  }

  /** The media ({@link Media}) of the story: its pictures with their captions and credits. */
  public List<Media> media() {
    return Media.of(this);
  }

  /**
   * An association's texts a reader reads (caption, alt text, headline, credit, rights) through
   * {@code convert}: no anchor does this, and a caption in the wrong script is as visible as a
   * headline.
   */
  private static JsonObject convertedMedia(JsonObject media, UnaryOperator<String> convert) {
    JsonObjectBuilder converted = Json.createObjectBuilder(media);
    for (String name : MEDIA_TEXTS) {
      if (media.get(name) instanceof JsonString text) {
        converted.add(name, convert.apply(text.getString()));
      }
    }
    for (String name : List.of("descriptions", "headlines")) {
      convertMembers(media, name, "value", convert, converted);
    }
    return converted.build();
  }

  /**
   * The array {@code array} of {@code from}, with the text {@code member} of each of its objects
   * through {@code convert}, into {@code into}; nothing when {@code from} has no such array.
   */
  private static void convertMembers(
      JsonObject from,
      String array,
      String member,
      UnaryOperator<String> convert,
      JsonObjectBuilder into) {
    if (!(from.get(array) instanceof JsonArray items)) {
      return;
    }
    JsonArrayBuilder converted = Json.createArrayBuilder();
    for (JsonValue item : items) {
      if (item instanceof JsonObject object && object.get(member) instanceof JsonString text) {
        converted.add(
            Json.createObjectBuilder(object).add(member, convert.apply(text.getString())));
      } else {
        converted.add(item);
      }
    }
    into.add(array, converted);
  }

  private static JsonValue strings(JsonValue value, UnaryOperator<String> clean) {
    if (value instanceof JsonString s) {
      String cleaned = clean.apply(s.getString());
      return Json.createValue(cleaned == null ? "" : cleaned);
    }
    if (value instanceof JsonArray array) {
      JsonArrayBuilder items = Json.createArrayBuilder();
      array.forEach(item -> items.add(strings(item, clean)));
      return items.build();
    }
    if (value instanceof JsonObject object) {
      JsonObjectBuilder members = Json.createObjectBuilder();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (var member : object.entrySet()) {
        String name = clean.apply(member.getKey());
        if (name != null && !name.isEmpty() && seen.add(name)) {
          members.add(name, strings(member.getValue(), clean));
        }
      }
      return members.build();
    }
    return value;
  }
}

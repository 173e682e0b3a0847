package org.newsrelay.ingest;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsrelay.platform.Json;

/**
 * Every version of ninjs in the names of 2.x, which {@link Ninjs} reads: 3.x spells 2.x's members
 * in camelCase ({@code versionCreated}, {@code pubStatus}, {@code copyrightNotice}, {@code edNote},
 * a body's {@code contentType}, a rendition's {@code sizeInBytes}), and 1.x keys its renditions and
 * associations by name in an object where 2.x lists them in an array. Nothing is dropped: a member
 * only changes its name, and only when the wire did not also send the other.
 */
final class NinjsNames {
  /** ninjs 2.x's top-level members (IPTC's ninjs-schema_2.0.json), which 3.x camelCases. */
  static final Set<String> TOP =
      Set.of(
          "uri",
          "type",
          "representationtype",
          "profile",
          "version",
          "firstcreated",
          "versioncreated",
          "contentcreated",
          "embargoed",
          "pubstatus",
          "urgency",
          "copyrightholder",
          "copyrightnotice",
          "usageterms",
          "ednote",
          "language",
          "descriptions",
          "bodies",
          "headlines",
          "people",
          "organisations",
          "places",
          "subjects",
          "events",
          "objects",
          "infosources",
          "title",
          "by",
          "slugline",
          "located",
          "renditions",
          "associations",
          "altids",
          "trustindicators",
          "standard",
          "genres",
          "rightsinfo",
          "expires");

  /** A headline's, body's or description's members. */
  static final Set<String> TEXT_ITEM =
      Set.of("role", "contenttype", "value", "charcount", "wordcount");

  /** A rendition's members. */
  static final Set<String> RENDITION =
      Set.of(
          "name",
          "uri",
          "href",
          "contenttype",
          "title",
          "height",
          "width",
          "sizeinbytes",
          "duration",
          "format",
          "version");

  static final Set<String> RIGHTS_INFO = Set.of("langid", "linkedrights", "encodedrights");

  /** Associations inside associations are read this deep; deeper ones are kept as they came. */
  static final int MAX_DEPTH = 8;

  private NinjsNames() {}

  /** The story in 2.x's names. */
  static JsonObject twoX(JsonObject json) {
    return twoX(json, 0);
  }

  private static JsonObject twoX(JsonObject json, int depth) {
    JsonObject top = renamed(json, TOP);
    JsonObjectBuilder out = null;
    for (String name : List.of("headlines", "bodies", "descriptions")) {
      JsonValue items = eachRenamed(top.get(name), TEXT_ITEM, -1);
      if (items != top.get(name)) {
        out = (out == null ? Json.createObjectBuilder(top) : out).add(name, items);
      }
    }
    JsonValue renditions = eachRenamed(keyed(top.get("renditions")), RENDITION, -1);
    if (renditions != top.get("renditions")) {
      out = (out == null ? Json.createObjectBuilder(top) : out).add("renditions", renditions);
    }
    JsonValue associations = eachRenamed(keyed(top.get("associations")), null, depth);
    if (associations != top.get("associations")) {
      out = (out == null ? Json.createObjectBuilder(top) : out).add("associations", associations);
    }
    if (top.get("rightsinfo") instanceof JsonObject rights) {
      JsonObject renamed = renamed(rights, RIGHTS_INFO);
      if (renamed != rights) {
        out = (out == null ? Json.createObjectBuilder(top) : out).add("rightsinfo", renamed);
      }
    }
    return out == null ? top : out.build();
  }

  /**
   * Members whose lower-case spelling is one of {@code names} take that spelling, unless the object
   * also has a member of that name with a value (then both stay, the camelCase one as a member not
   * read); a null or blank one gives way.
   */
  static JsonObject renamed(JsonObject json, Set<String> names) {
    JsonObjectBuilder out = null;
    java.util.Set<String> taken = null;
    for (String key : json.keySet()) {
      String lower = key.toLowerCase(Locale.ROOT);
      if (!lower.equals(key) && names.contains(lower)) {
        if (taken == null) {
          taken = new java.util.HashSet<>();
          for (var member : json.entrySet()) {
            if (hasValue(member.getValue())) {
              taken.add(member.getKey());
            }
          }
        }
        if (taken.add(lower)) {
          out = (out == null ? Json.createObjectBuilder(json) : out).remove(key);
          out.add(lower, json.get(key));
        }
      }
    }
    return out == null ? json : out.build();
  }

  private static boolean hasValue(JsonValue value) {
    return value != JsonValue.NULL
        && !(value instanceof jakarta.json.JsonString s && s.getString().isBlank());
  }

  /**
   * Each object of an array renamed ({@code names}), or read as a ninjs object of its own ({@code
   * names} null: an association) while {@code depth} allows; the same instance when nothing
   * changes.
   */
  private static JsonValue eachRenamed(JsonValue value, Set<String> names, int depth) {
    if (!(value instanceof JsonArray array) || (names == null && depth >= MAX_DEPTH)) {
      return value;
    }
    boolean changed = false;
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (JsonValue item : array) {
      JsonValue renamed = item;
      if (item instanceof JsonObject object) {
        renamed = names != null ? renamed(object, names) : twoX(object, depth + 1);
      }
      changed |= renamed != item;
      items.add(renamed);
    }
    return changed ? items.build() : value;
  }

  /**
   * 1.x's {@code {"thumbnail": {...}}} as 2.x's {@code [{"name": "thumbnail", ...}]}; anything else
   * as it came (the reader refuses what is neither).
   */
  static JsonValue keyed(JsonValue value) {
    if (!(value instanceof JsonObject byName)
        || !byName.values().stream().allMatch(v -> v instanceof JsonObject)) {
      return value;
    }
    JsonArrayBuilder items = Json.createArrayBuilder();
    byName.forEach(
        (name, item) -> {
          JsonObject object = (JsonObject) item;
          items.add(
              object.containsKey("name")
                  ? object
                  : Json.createObjectBuilder()
                      .add("name", name)
                      .addAll(Json.createObjectBuilder(object))
                      .build());
        });
    return items.build();
  }
}

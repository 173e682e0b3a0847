package org.newsrelay.ingest;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.story.WireMetadata;

/**
 * Reads what a wire says of a story besides its copy ({@link WireMetadata}) from ninjs in 2.x's
 * names ({@link NinjsNames}), checking each member's type: a wrong one is refused with an {@link
 * InvalidInput} naming it ({@code urgency}, {@code subjects[2].name}), as the stories API's 400.
 * What it does not interpret is kept, whole, as the metadata's {@code extra}.
 */
final class NinjsMetadata {
  /** The members that {@link Ninjs} and this class read; everything else is kept as extra. */
  static final Set<String> INTERPRETED =
      Set.of(
          "uri",
          "headline",
          "headlines",
          "body_text",
          "body_html",
          "bodies",
          "language",
          // The first href is the story's link, held to the door's link rule; no other is kept.
          "links",
          "versioncreated",
          "embargoed",
          "pubstatus",
          "byline",
          "by",
          "subject",
          "subjects",
          "place",
          "places",
          "genre",
          "genres",
          "slugline",
          "urgency",
          "located",
          "copyrightholder",
          "copyrightnotice",
          "usageterms",
          "ednote",
          "version",
          "associations",
          "renditions");

  /** Members of a subject, place or genre that are texts (1.x's and 2.x's). */
  private static final List<String> CONCEPT_TEXTS =
      List.of("code", "name", "uri", "literal", "rel", "scheme", "creator");

  private static final List<String> RENDITION_TEXTS =
      List.of("name", "uri", "href", "contenttype", "title", "format");
  private static final List<String> RENDITION_NUMBERS =
      List.of("width", "height", "sizeinbytes", "duration");

  /** An IPTC NewsCodes uri: {@code http://cv.iptc.org/newscodes/mediatopic/20000002}. */
  private static final Pattern NEWSCODE =
      Pattern.compile("https?://cv\\.iptc\\.org/newscodes/([a-z]+)/([A-Za-z0-9]+)/?");

  private static final BigDecimal NINE = BigDecimal.valueOf(9);

  /** The metadata, and each subject's code (or name) for the topic rules. */
  record Read(WireMetadata wire, List<String> subjectCodes) {}

  private NinjsMetadata() {}

  /**
   * @param alsoKept members read only in part (a second headline beside the first, {@code by}
   *     beside {@code byline}): kept as extra too, so that nothing the wire sent is lost
   */
  static Read read(JsonObject json, Collection<String> alsoKept) {
    JsonObjectBuilder wire = Json.createObjectBuilder();
    List<String> codes = new ArrayList<>();
    JsonArrayBuilder subjects = Json.createArrayBuilder();
    boolean anySubject = false;
    for (String name : List.of("subject", "subjects")) {
      List<JsonValue> items = array(json, name);
      for (int i = 0; i < items.size(); i++) {
        JsonObject subject = subject(items.get(i), name + "[" + i + "]");
        if (subject == null) {
          continue;
        }
        anySubject = true;
        subjects.add(subject);
        String code = text(subject, "code", name);
        String label = text(subject, "name", name);
        if (code != null || label != null) {
          codes.add(code != null ? code : label);
        }
      }
    }
    if (anySubject) {
      wire.add("subjects", subjects);
    }
    concepts(json, wire, "places", "place");
    concepts(json, wire, "genres", "genre");
    JsonArrayBuilder associations = Json.createArrayBuilder();
    List<JsonValue> associated = array(json, "associations");
    for (int i = 0; i < associated.size(); i++) {
      JsonObject item = object(associated.get(i), "associations[" + i + "]");
      for (String member : List.of("name", "uri")) {
        text(item, member, "associations[" + i + "]." + member);
      }
      associations.add(item);
    }
    if (!associated.isEmpty()) {
      wire.add("associations", associations);
    }
    JsonArrayBuilder renditions = Json.createArrayBuilder();
    List<JsonValue> rendered = array(json, "renditions");
    for (int i = 0; i < rendered.size(); i++) {
      String field = "renditions[" + i + "]";
      JsonObject item = object(rendered.get(i), field);
      RENDITION_TEXTS.forEach(member -> text(item, member, field + "." + member));
      for (String member : RENDITION_NUMBERS) {
        JsonValue value = item.get(member);
        if (value != null && value != JsonValue.NULL && !(value instanceof JsonNumber)) {
          throw InvalidInput.field(
              field + "." + member, "\"" + field + "." + member + "\" must be a number.");
        }
      }
      renditions.add(item);
    }
    if (!rendered.isEmpty()) {
      wire.add("renditions", renditions);
    }
    for (String name : WireMetadata.TEXTS) {
      String value = name.equals("version") ? version(json) : text(json, name, name);
      if (value != null) {
        wire.add(name, value);
      }
    }
    Integer urgency = urgency(json);
    if (urgency != null) {
      wire.add(WireMetadata.URGENCY, urgency);
    }
    JsonObjectBuilder extra = Json.createObjectBuilder();
    boolean anyExtra = false;
    for (var member : json.entrySet()) {
      if (!INTERPRETED.contains(member.getKey()) || alsoKept.contains(member.getKey())) {
        extra.add(member.getKey(), member.getValue());
        anyExtra = true;
      }
    }
    if (anyExtra) {
      wire.add(WireMetadata.EXTRA, extra);
    }
    return new Read(new WireMetadata(wire.build()), List.copyOf(codes));
  }

  /**
   * A subject as newsrelay keeps it: the wire's object with its {@code code} (1.x's code, 2.x's
   * literal, or the code of an IPTC NewsCodes uri), which topic rules match; a bare string (1.x) is
   * a code. Null for a null item.
   */
  private static JsonObject subject(JsonValue item, String field) {
    if (item instanceof JsonString code) {
      String s = code.getString().strip();
      return s.isEmpty() ? null : Json.createObjectBuilder().add("code", s).build();
    }
    if (item == null || item == JsonValue.NULL) {
      return null;
    }
    JsonObject subject = concept(item, field);
    if (text(subject, "code", field + ".code") != null) {
      return subject;
    }
    String code = text(subject, "literal", field + ".literal");
    String uri = text(subject, "uri", field + ".uri");
    if (code == null && uri != null) {
      Matcher newscode = NEWSCODE.matcher(uri);
      if (newscode.matches()) {
        code = scheme(newscode.group(1)) + ":" + newscode.group(2);
      }
    }
    return code == null ? subject : Json.createObjectBuilder(subject).add("code", code).build();
  }

  /** The prefix topic rules know a NewsCodes scheme by ({@code subj:04000000}). */
  private static String scheme(String scheme) {
    return switch (scheme) {
      case "subjectcode" -> "subj";
      case "mediatopic" -> "medtop";
      default -> scheme;
    };
  }

  /** Places or genres, from 2.x's name and 1.x's, as arrays of checked objects. */
  private static void concepts(JsonObject json, JsonObjectBuilder wire, String name, String old) {
    JsonArrayBuilder kept = Json.createArrayBuilder();
    boolean any = false;
    for (String member : List.of(old, name)) {
      List<JsonValue> items = array(json, member);
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) != JsonValue.NULL) {
          kept.add(concept(items.get(i), member + "[" + i + "]"));
          any = true;
        }
      }
    }
    if (any) {
      wire.add(name, kept);
    }
  }

  private static JsonObject concept(JsonValue item, String field) {
    JsonObject concept = object(item, field);
    CONCEPT_TEXTS.forEach(member -> text(concept, member, field + "." + member));
    return concept;
  }

  /** The member as a list, or none; anything but an array (or null) is refused. */
  private static List<JsonValue> array(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw InvalidInput.field(name, "\"" + name + "\" must be an array of objects.");
    }
    return array;
  }

  private static JsonObject object(JsonValue item, String field) {
    if (!(item instanceof JsonObject object)) {
      throw InvalidInput.field(field, "\"" + field + "\" must be an object.");
    }
    return object;
  }

  /** A text member, stripped; null when absent, null or empty; refused when not a string. */
  static String text(JsonObject json, String name, String field) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw InvalidInput.field(field, "\"" + field + "\" must be a string.");
    }
    String s = string.getString().strip();
    return s.isEmpty() ? null : s;
  }

  /** ninjs spells the version a string; many wires send a number, which says the same. */
  private static String version(JsonObject json) {
    if (json.get("version") instanceof JsonNumber number) {
      return number.toString();
    }
    return text(json, "version", "version");
  }

  private static Integer urgency(JsonObject json) {
    JsonValue value = json.get(WireMetadata.URGENCY);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    String refusal =
        "\"urgency\" must be a whole number from 1 (most urgent) to 9 (least), as ninjs has it.";
    if (!(value instanceof JsonNumber number)) {
      throw InvalidInput.field(WireMetadata.URGENCY, refusal);
    }
    BigDecimal urgency;
    try {
      urgency = number.bigDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw InvalidInput.field(WireMetadata.URGENCY, refusal);
    }
    // Compared before anything else: 1e999999999 must not become a billion digits.
    if (urgency.compareTo(BigDecimal.ONE) < 0
        || urgency.compareTo(NINE) > 0
        || urgency.remainder(BigDecimal.ONE).signum() != 0) {
      throw InvalidInput.field(WireMetadata.URGENCY, refusal + " It was " + number + ".");
    }
    return urgency.intValue();
  }
}

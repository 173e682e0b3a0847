package org.newsrelay.story;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsrelay.platform.Json;

/**
 * A picture (or a video, an audio, a graphic) that goes with a story: its files in several sizes,
 * its caption, alt text, credit and rights, in the reader's script once {@link
 * WireMetadata#converted} has been through it.
 *
 * <p>Every source's media is kept the same way, as the story's ninjs {@code associations} in 2.x's
 * names ({@link WireMetadata}): a wire's own associations as it sent them, and what the door read
 * from Media RSS, an enclosure or a body's {@code <figure>}, written by {@link #toNinjs}. This
 * reads 1.x's spellings too ({@code description_text}, {@code byline}, a rendition's {@code
 * mimetype}). A description whose role is {@code alt} is the alt text; the first other one is the
 * caption.
 *
 * @param type ninjs's: picture, video, audio or graphic
 * @param uri the wire's identifier of the picture, or null
 * @param files at least one, each with an absolute http(s) address
 */
public record Media(
    String type,
    String uri,
    String caption,
    String alt,
    String credit,
    Rights rights,
    List<File> files)
    implements Serializable {

  /** One size or format of it: a ninjs rendition. */
  public record File(String href, String contentType, Integer width, Integer height, Long bytes)
      implements Serializable {
    public boolean isImage() {
      return contentType != null && contentType.startsWith("image/");
    }
  }

  public static final String ALT = "alt";
  public static final String CAPTION = "caption";

  /** The media types ninjs names; an association of any other type (text, a package) is not. */
  static final Set<String> TYPES = Set.of("picture", "video", "audio", "graphic");

  /** A picture on a page is shown no wider than this; a larger file is for download. */
  static final int PAGE_WIDTH = 1600;

  public Media {
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("media needs a file");
    }
  }

  /** The media among the story's associations, in the wire's order. */
  public static List<Media> of(WireMetadata wire) {
    List<Media> media = new ArrayList<>();
    for (JsonObject association : wire.list("associations")) {
      Media read = read(association);
      if (read != null) {
        media.add(read);
      }
    }
    return media;
  }

  /** An association as media; null when it is not media or has no file with an address. */
  static Media read(JsonObject association) {
    List<File> files = new ArrayList<>();
    for (JsonObject rendition : objects(association.get("renditions"))) {
      String href = text(rendition, "href");
      if (href != null) {
        String type = text(rendition, "contenttype");
        files.add(
            new File(
                href,
                type != null ? type : text(rendition, "mimetype"),
                size(rendition, "width"),
                size(rendition, "height"),
                bytes(rendition)));
      }
    }
    String type = text(association, "type");
    String kind = type == null ? kindOf(files) : type.toLowerCase(Locale.ROOT);
    if (files.isEmpty() || !TYPES.contains(kind)) {
      return null;
    }
    String caption = null;
    String alt = null;
    for (JsonObject description : objects(association.get("descriptions"))) {
      String value = text(description, "value");
      if (ALT.equals(text(description, "role"))) {
        alt = alt == null ? value : alt;
      } else if (caption == null) {
        caption = value;
      }
    }
    if (caption == null) {
      caption = text(association, "description_text");
    }
    String credit = text(association, "by");
    Rights rights =
        new Rights(
            text(association, "copyrightholder"),
            text(association, "copyrightnotice"),
            text(association, "usageterms"));
    return new Media(
        kind,
        text(association, "uri"),
        caption,
        alt,
        credit != null ? credit : text(association, "byline"),
        rights.isEmpty() ? null : rights,
        files);
  }

  /** The association in ninjs 2.x names, as the door keeps media it read from a feed or a body. */
  public JsonObject toNinjs() {
    JsonObjectBuilder json = Json.createObjectBuilder().add("type", type);
    add(json, "uri", uri);
    JsonArrayBuilder descriptions = Json.createArrayBuilder();
    if (caption != null) {
      descriptions.add(Json.createObjectBuilder().add("role", CAPTION).add("value", caption));
    }
    if (alt != null) {
      descriptions.add(Json.createObjectBuilder().add("role", ALT).add("value", alt));
    }
    if (caption != null || alt != null) {
      json.add("descriptions", descriptions);
    }
    add(json, "by", credit);
    if (rights != null) {
      add(json, "copyrightholder", rights.holder());
      add(json, "copyrightnotice", rights.notice());
      add(json, "usageterms", rights.usageTerms());
    }
    JsonArrayBuilder renditions = Json.createArrayBuilder();
    for (File file : files) {
      JsonObjectBuilder rendition = Json.createObjectBuilder().add("href", file.href());
      add(rendition, "contenttype", file.contentType());
      if (file.width() != null) {
        rendition.add("width", file.width());
      }
      if (file.height() != null) {
        rendition.add("height", file.height());
      }
      if (file.bytes() != null) {
        rendition.add("sizeinbytes", file.bytes());
      }
      renditions.add(rendition);
    }
    return json.add("renditions", renditions).build();
  }

  /** The largest file, for an enclosure or a download: the wire's first when sizes are unknown. */
  public File largest() {
    File largest = files.get(0);
    for (File file : files) {
      if (area(file) > area(largest)) {
        largest = file;
      }
    }
    return largest;
  }

  /** The file a page shows: the largest image no wider than {@link #PAGE_WIDTH}, else the first. */
  public File forPage() {
    File chosen = null;
    for (File file : files) {
      boolean fits = file.width() == null || file.width() <= PAGE_WIDTH;
      if (file.isImage() && fits && (chosen == null || area(file) > area(chosen))) {
        chosen = file;
      }
    }
    return chosen != null ? chosen : files.get(0);
  }

  /** A text for the image's alt attribute: the alt text, else the caption, else nothing. */
  public String altText() {
    return alt != null ? alt : caption != null ? caption : "";
  }

  /** The same media with each text changed (a conversion) and each address checked (null: out). */
  public Media with(
      java.util.function.UnaryOperator<String> texts,
      java.util.function.UnaryOperator<String> links) {
    List<File> kept = new ArrayList<>();
    for (File file : files) {
      String href = links.apply(file.href());
      if (href != null) {
        kept.add(new File(href, file.contentType(), file.width(), file.height(), file.bytes()));
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    Rights changed =
        rights == null
            ? null
            : new Rights(
                apply(texts, rights.holder()),
                apply(texts, rights.notice()),
                apply(texts, rights.usageTerms()));
    return new Media(
        type,
        uri,
        apply(texts, caption),
        apply(texts, alt),
        apply(texts, credit),
        changed == null || changed.isEmpty() ? null : changed,
        kept);
  }

  private static String apply(java.util.function.UnaryOperator<String> f, String value) {
    if (value == null) {
      return null;
    }
    String applied = f.apply(value);
    return applied == null || applied.isBlank() ? null : applied.strip();
  }

  private static long area(File file) {
    return file.width() == null || file.height() == null ? -1 : (long) file.width() * file.height();
  }

  /** A wire's association without a type: what its files are. */
  private static String kindOf(List<File> files) {
    for (File file : files) {
      String type = file.contentType() == null ? "" : file.contentType();
      if (type.startsWith("image/")) {
        return "picture";
      }
      if (type.startsWith("video/")) {
        return "video";
      }
      if (type.startsWith("audio/")) {
        return "audio";
      }
    }
    return "";
  }

  private static List<JsonObject> objects(JsonValue value) {
    List<JsonObject> objects = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (item instanceof JsonObject object) {
          objects.add(object);
        }
      }
    }
    return objects;
  }

  private static String text(JsonObject json, String name) {
    if (json.get(name) instanceof JsonString s && !s.getString().isBlank()) {
      return s.getString().strip();
    }
    return null;
  }

  private static Integer size(JsonObject json, String name) {
    Long value = positive(json, name, Integer.MAX_VALUE);
    return value == null ? null : value.intValue();
  }

  private static Long bytes(JsonObject json) {
    return positive(json, "sizeinbytes", Long.MAX_VALUE);
  }

  /**
   * A whole number from 1 to {@code max}, else null. Compared before it is converted: 1e999999999
   * must not become a billion digits.
   */
  private static Long positive(JsonObject json, String name, long max) {
    if (!(json.get(name) instanceof JsonNumber n)) {
      return null;
    }
    BigDecimal value = n.bigDecimalValue();
    if (value.signum() <= 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0
        || value.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return value.longValue();
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}

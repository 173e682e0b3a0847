package org.newsrelay.ingest;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.newsrelay.ingest.feed.ParsedMedia;
import org.newsrelay.platform.Json;
import org.newsrelay.story.Media;
import org.newsrelay.story.WireMetadata;
import org.newsrelay.text.BodyPicture;

/**
 * The door's part in a story's media ({@link Media}), all of which it keeps as the story's ninjs
 * {@code associations}: every file's address held to the one link rule, and the pictures a body
 * shows, or a feed's Media RSS and enclosures, added beside a wire's own associations.
 */
final class MediaIntake {
  private MediaIntake() {}

  /**
   * Each association's rendition {@code href} as {@code link} has it, or left out when it is not a
   * link (the rest of the rendition stays, so nothing but the bad address is lost).
   */
  static WireMetadata linksChecked(WireMetadata wire, UnaryOperator<String> link) {
    if (!(wire.json().get("associations") instanceof JsonArray associations)) {
      return wire;
    }
    JsonArrayBuilder checked = Json.createArrayBuilder();
    for (JsonValue item : associations) {
      checked.add(item instanceof JsonObject media ? checked(media, link) : item);
    }
    return wire.with("associations", checked.build());
  }

  private static JsonObject checked(JsonObject media, UnaryOperator<String> link) {
    if (!(media.get("renditions") instanceof JsonArray renditions)) {
      return media;
    }
    JsonArrayBuilder kept = Json.createArrayBuilder();
    for (JsonValue item : renditions) {
      if (item instanceof JsonObject rendition && rendition.get("href") instanceof JsonString h) {
        String href = link.apply(h.getString());
        var changed = Json.createObjectBuilder(rendition);
        kept.add(href == null ? changed.remove("href") : changed.add("href", href));
      } else {
        kept.add(item);
      }
    }
    return Json.createObjectBuilder(media).add("renditions", kept).build();
  }

  /** The pictures a body shows, as associations after the wire's own (unless it names them). */
  static WireMetadata withBodyPictures(WireMetadata wire, List<BodyPicture> pictures) {
    if (pictures.isEmpty()) {
      return wire;
    }
    return withMedia(
        wire,
        pictures.stream()
            .map(
                p ->
                    new Media(
                        "picture",
                        null,
                        p.caption(),
                        p.alt(),
                        p.credit(),
                        null,
                        List.of(new Media.File(p.src(), imageType(p.src()), null, null, null))))
            .toList());
  }

  /** Media added after the wire's associations, leaving out files it already has. */
  static WireMetadata withMedia(WireMetadata wire, List<Media> media) {
    if (media.isEmpty()) {
      return wire;
    }
    Set<String> known = new HashSet<>();
    wire.media().forEach(m -> m.files().forEach(f -> known.add(f.href())));
    JsonArrayBuilder associations = Json.createArrayBuilder();
    wire.list("associations").forEach(associations::add);
    boolean added = false;
    for (Media item : media) {
      if (item.files().stream().noneMatch(f -> known.contains(f.href()))) {
        associations.add(item.toNinjs());
        item.files().forEach(f -> known.add(f.href()));
        added = true;
      }
    }
    return added ? wire.with("associations", associations.build()) : wire;
  }

  /**
   * A polled item's media and rights as the wire's metadata: each picture an association, the
   * feed's rights statement the story's copyright notice.
   */
  static WireMetadata polled(List<ParsedMedia> media, String rights) {
    WireMetadata wire =
        rights == null ? WireMetadata.NONE : WireMetadata.NONE.with("copyrightnotice", rights);
    List<Media> pictures = new java.util.ArrayList<>();
    for (ParsedMedia item : media) {
      List<Media.File> files = new java.util.ArrayList<>();
      for (ParsedMedia.File file : item.files()) {
        String type = file.type() != null ? file.type() : imageType(file.url());
        files.add(new Media.File(file.url(), type, file.width(), file.height(), file.bytes()));
      }
      String kind =
          switch (item.medium() == null ? "image" : item.medium()) {
            case "video" -> "video";
            case "audio" -> "audio";
            default -> "picture";
          };
      if (!files.isEmpty()) {
        pictures.add(
            new Media(kind, null, item.caption(), null, item.credit(), rights(item), files));
      }
    }
    return withMedia(wire, pictures);
  }

  private static org.newsrelay.story.Rights rights(ParsedMedia item) {
    return item.copyright() == null
        ? null
        : new org.newsrelay.story.Rights(null, item.copyright(), null);
  }

  /** An image's type from its address, as far as it says; null when it does not. */
  static String imageType(String href) {
    String path = href.toLowerCase(java.util.Locale.ROOT).replaceAll("[?#].*$", "");
    if (path.endsWith(".jpg") || path.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    if (path.endsWith(".png")) {
      return "image/png";
    }
    if (path.endsWith(".gif")) {
      return "image/gif";
    }
    if (path.endsWith(".webp")) {
      return "image/webp";
    }
    if (path.endsWith(".avif")) {
      return "image/avif";
    }
    return null;
  }
}

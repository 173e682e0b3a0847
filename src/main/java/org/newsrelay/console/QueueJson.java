package org.newsrelay.console;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.newsrelay.platform.JsonViews;
import org.newsrelay.story.DeskQueue;
import org.newsrelay.story.Story;
import org.newsrelay.story.WireMetadata;

/** The queue as the console shows it: a line per story, light enough to poll. */
final class QueueJson {
  /** Characters of the summary or text shown under a headline. */
  static final int EXCERPT = 160;

  private QueueJson() {}

  record Item(
      UUID id,
      String headline,
      String language,
      String status,
      int version,
      Instant versioncreated,
      Instant received,
      Instant updated,
      String origin,
      Integer urgency,
      String slugline,
      Instant embargoed,
      UUID cluster,
      Integer pictures,
      String excerpt) {}

  record Page(List<Item> items, String next) {}

  static JsonObject page(DeskQueue.Page page, String next) {
    return JsonViews.of(
        new Page(
            page.stories().stream()
                .map(s -> item(s, page.wire().getOrDefault(s.id(), WireMetadata.NONE)))
                .toList(),
            next));
  }

  private static Item item(Story s, WireMetadata wire) {
    int pictures = wire.list("associations").size();
    return new Item(
        s.id(),
        s.headline(),
        s.language().tag(),
        s.status(),
        s.version(),
        s.versionCreated(),
        s.receivedAt(),
        s.updatedAt(),
        s.origin(),
        wire.urgency(),
        wire.text("slugline"),
        s.embargoedUntil(),
        s.clusterId(),
        pictures == 0 ? null : pictures,
        excerpt(s.summary() != null && !s.summary().isBlank() ? s.summary() : s.bodyText()));
  }

  /** The first words of the copy, cut at a whole code point. */
  static String excerpt(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.codePointCount(0, flat.length()) <= EXCERPT) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, EXCERPT)) + "…";
  }
}

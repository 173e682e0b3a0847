package org.newsrelay.topic;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A topic as feeds and the catalogue show it: its slug, its name in every language newsrelay
 * publishes (given by an editor, else from translations/, else converted or borrowed), and who may
 * read it.
 */
public record TopicView(
    UUID id,
    String slug,
    Map<String, String> names,
    String description,
    Visibility visibility,
    Instant updatedAt) {

  /** The name for a reader of this BCP 47 tag, one of {@code Language.tags()}. */
  public String name(String tag) {
    return names.getOrDefault(tag, names.getOrDefault("en", slug));
  }

  public boolean isPublic() {
    return visibility == Visibility.PUBLIC;
  }
}

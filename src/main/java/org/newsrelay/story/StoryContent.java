package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A story as partners' systems take it ({@link StoryNinjs}): one tag's copy as the desk shows it,
 * under {@link Readership}'s rule, with the version and the note that says what the desk changed.
 */
@ApplicationScoped
public class StoryContent {
  @Inject StoryRepository stories;
  @Inject Renditions renditions;

  /**
   * The story as ninjs 2.x in {@code language}; empty when there is no such story, when {@code
   * reader} may not read it (the answer an unknown id gets, so that its existence does not leak) or
   * when it is not published in that tag.
   */
  public Optional<JsonObject> ninjs(UUID id, Language language, Readership.Reader reader) {
    Instant now = Instant.now();
    Story story = stories.find(id).orElse(null);
    if (story == null
        || !reader.mayRead(story, now)
        || !Renditions.languagesOf(story).contains(language)) {
      return Optional.empty();
    }
    Renditions.ReaderCopy copy = renditions.forReaders(story, language);
    // The note of the desk's correction in force, as the feeds show it in this tag.
    return Optional.of(StoryNinjs.of(story, language, copy, copy.correction(), now));
  }
}

package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A story as partners' systems take it ({@link StoryNinjs}): one tag's copy as the desk shows it,
 * under {@link Readership}'s rule, with the version and the note that says what the desk changed.
 */
@ApplicationScoped
public class StoryContent {
  @Inject StoryRepository stories;
  @Inject StoryHistory history;
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
    return Optional.of(StoryNinjs.of(story, language, copy, deskNote(story, language), now));
  }

  /**
   * The note of the desk's latest correction of what this tag shows (the tag itself or the original
   * it is converted from), while a correction is in force: once an editor takes a newer wire
   * version instead, the wire's own ednote speaks for the copy again.
   */
  private String deskNote(Story story, Language language) {
    if (!new DeskRecord(history.lastActors(story.id(), DeskRecord.ACTIONS)).correctionInForce()) {
      return null;
    }
    List<Language> shown = List.copyOf(new LinkedHashSet<>(List.of(language, story.language())));
    return renditions.textForReaders(
        stories.latestCorrectionNote(story.id(), shown), story, language);
  }
}

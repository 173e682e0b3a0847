package org.newsrelay.story;

import java.util.UUID;

/**
 * Fired synchronously, inside the transaction that changed the story, so that observers (feed
 * caches, the WebSub outbox) can write their own rows atomically with the change.
 */
public record StoryChanged(UUID storyId, Language language, Kind kind) {
  public enum Kind {
    PUBLISHED,
    REVISED,
    KILLED
  }
}

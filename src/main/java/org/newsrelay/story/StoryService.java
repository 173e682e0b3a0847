package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Stores versions of stories: a new one creates the story, a newer one revises it, an older one is
 * ignored.
 */
@ApplicationScoped
@Transactional
public class StoryService {
  @Inject StoryRepository stories;
  @Inject Event<StoryChanged> changes;

  /**
   * @return true when the story was created or revised.
   */
  public boolean store(UUID id, String origin, String uri, UUID sourceId, StoryCopy copy) {
    Story story = stories.find(id).orElse(null);
    if (story == null) {
      story = new Story(id, origin, uri, sourceId);
      story.revise(copy);
      stories.add(story);
      changes.fire(new StoryChanged(id, copy.language(), StoryChanged.Kind.PUBLISHED));
      return true;
    }
    if (copy.versionCreated().isBefore(story.versionCreated())) {
      return false;
    }
    story.revise(copy);
    changes.fire(new StoryChanged(id, copy.language(), StoryChanged.Kind.REVISED));
    return true;
  }
}

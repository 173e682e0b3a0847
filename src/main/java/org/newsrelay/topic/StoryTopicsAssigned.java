package org.newsrelay.topic;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.story.StoryChanged;

/**
 * Fired synchronously by {@link TopicAssignment}, inside the transaction that changed the story,
 * once its topics are known: for every {@link StoryChanged}, a kill included (the topics it was
 * in). Observers that follow a story into its topics' feeds (the WebSub outbox) observe this rather
 * than {@code StoryChanged}, so that they need neither the topic tables nor an order among
 * observers.
 *
 * @param topics the slugs of the topics the story is in afterwards, by topic id (an editor's
 *     removal excluded); empty when it is in none
 */
public record StoryTopicsAssigned(StoryChanged change, Map<UUID, String> topics) {
  public StoryTopicsAssigned {
    topics = Map.copyOf(topics);
  }

  public UUID storyId() {
    return change.storyId();
  }

  public Set<String> slugs() {
    return Set.copyOf(topics.values());
  }
}

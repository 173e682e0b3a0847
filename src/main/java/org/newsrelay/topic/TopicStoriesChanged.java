package org.newsrelay.topic;

import java.util.UUID;
import org.newsrelay.story.Language;

/**
 * A story's place in a topic's feed changed: an editor assigned, removed, pinned or unpinned it, or
 * new rules took it in or out. Fired inside the transaction, so that feed caches follow.
 */
public record TopicStoriesChanged(UUID topicId, UUID storyId, Language language) {}

package org.newsrelay.story;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Stories accepted but not yet stored, so that a client can follow its 202 at once. Ingest provides
 * it.
 */
public interface IncomingStories {
  record IncomingStory(
      UUID id, String origin, String uri, String status, String error, Instant receivedAt) {}

  Optional<IncomingStory> find(UUID storyId);
}

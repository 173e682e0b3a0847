package org.newsrelay.feed;

import java.time.Instant;
import java.util.UUID;

/** A killed story, announced in Atom as an RFC 6721 deleted entry until {@code shownUntil}. */
public record Tombstone(UUID storyId, Instant killedAt, String reason, Instant shownUntil) {}

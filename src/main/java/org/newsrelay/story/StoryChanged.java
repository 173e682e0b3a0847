package org.newsrelay.story;

import java.util.UUID;

/**
 * Fired synchronously, inside the transaction that changed the story, so that observers (feed
 * caches, the WebSub outbox) can write their own rows atomically with the change.
 *
 * @param seenByReaders the story has been public at some moment ({@link Readership}): only then is
 *     a change announced to subscribers. A story killed under embargo, or corrected while it waits,
 *     leaves no trace outside the desk, not even its id in a delivery's headers.
 * @param advised the change is an advisory too ({@link Advisory}): the advisories feeds changed
 * @param urgent subscribers should hear of it before other changes: the wire's urgency is 1 or 2
 *     (ninjs: flash, bulletin), or the story was killed
 * @param version the story's version after the change (the content API's {@code version})
 * @param created the change created the story, so nothing links to it yet (no translation, topic
 *     membership or pin): observers may skip looking for those
 */
public record StoryChanged(
    UUID storyId,
    Language language,
    Kind kind,
    boolean seenByReaders,
    boolean advised,
    boolean urgent,
    int version,
    boolean created) {
  /** ninjs urgency at or under which a story goes ahead of others: flash and bulletin. */
  public static final int URGENT = 2;

  /** A change that is not urgent (a kill always is). */
  public StoryChanged(
      UUID storyId, Language language, Kind kind, boolean seenByReaders, boolean advised) {
    this(storyId, language, kind, seenByReaders, advised, kind == Kind.KILLED, 0, false);
  }

  /**
   * What happened, as subscribers' deliveries name it: a story published (or its embargo passed),
   * revised by its wire, corrected by the desk, held, released after a hold, or killed.
   */
  public enum Kind {
    PUBLISHED,
    REVISED,
    CORRECTED,
    HELD,
    RELEASED,
    KILLED
  }

  /** The change as the story now stands: call after the workflow noted whether it is public. */
  public static StoryChanged of(Story story, Kind kind) {
    return of(story, kind, false);
  }

  /** The same, saying whether partners were told of it in an advisory. */
  static StoryChanged of(Story story, Kind kind, boolean advised) {
    return new StoryChanged(
        story.id(),
        story.language(),
        kind,
        story.firstPublicAt() != null,
        advised,
        kind == Kind.KILLED,
        story.version(),
        false);
  }

  /** The same change, urgent when the wire's urgency says so (null: the wire said nothing). */
  StoryChanged withUrgency(Integer urgency) {
    boolean urgentNow = urgent || (urgency != null && urgency <= URGENT);
    return new StoryChanged(
        storyId, language, kind, seenByReaders, advised, urgentNow, version, created);
  }

  /** The same change, saying whether it created the story. */
  StoryChanged creating(boolean creates) {
    return new StoryChanged(
        storyId, language, kind, seenByReaders, advised, urgent, version, creates);
  }
}

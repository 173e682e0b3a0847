package org.newsrelay.story;

/**
 * An editor added, replaced or deleted a newsroom term: every converted rendition into {@code
 * target} may read differently now. Fired inside the transaction, like {@link StoryChanged}.
 */
public record NewsroomTermsChanged(Language target) {}

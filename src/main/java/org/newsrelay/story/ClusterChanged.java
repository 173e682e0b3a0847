package org.newsrelay.story;

import java.util.UUID;

/**
 * A story joined another cluster: an editor merged or split, or a look-alike committed at the same
 * moment was found afterwards. Nothing about the story itself changed (so no {@link StoryChanged},
 * which would notify subscribers), but feeds that show one entry per cluster change with it.
 */
public record ClusterChanged(UUID storyId, Language language) {}

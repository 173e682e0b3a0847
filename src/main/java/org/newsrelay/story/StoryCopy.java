package org.newsrelay.story;

import java.time.Instant;

/** The cleaned copy of one version of a story, ready to be stored. */
public record StoryCopy(
    Language language,
    String headline,
    String summary,
    String bodyText,
    String bodyHtml,
    String link,
    String byline,
    Instant versionCreated) {}

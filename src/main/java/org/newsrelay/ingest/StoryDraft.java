package org.newsrelay.ingest;

import java.time.Instant;
import java.util.List;

/** A story as a wire or a feed gave it, before the text engine has cleaned it. */
public record StoryDraft(
    String uri,
    String headline,
    String bodyText,
    String bodyHtml,
    String language,
    Instant versionCreated,
    String link,
    String byline,
    List<String> subjects) {}

package org.newsrelay.feed;

import org.newsrelay.story.Language;

/**
 * One page of one feed as a reader asked for it, already checked. Two requests for the same page
 * have the same {@link #cacheKey()}.
 */
public record FeedRequest(
    Language language,
    FeedTopic topic,
    FeedFormat format,
    int limit,
    SearchTerms query,
    PageCursor cursor) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** The feed a cursor belongs to: the same stories whatever the format or page size. */
  public static String feedIdentity(Language language, FeedTopic topic, SearchTerms query) {
    return language.tag() + "/" + topic.slug() + "?" + (query == null ? "" : query.keyword());
  }

  public String feedIdentity() {
    return feedIdentity(language, topic, query);
  }

  public boolean firstPage() {
    return cursor == null;
  }

  String cacheKey() {
    return "feed|"
        + feedIdentity()
        + "|"
        + format.extension()
        + "|"
        + limit
        + "|"
        + (cursor == null
            ? "-"
            : cursor.direction() + ":" + cursor.versionCreated() + ":" + cursor.storyId());
  }
}

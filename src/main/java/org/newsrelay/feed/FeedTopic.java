package org.newsrelay.feed;

/**
 * What a feed is about: every story ({@link #ALL}) or one topic's stories. Topics are defined
 * elsewhere; {@link FeedSelection} narrows a topic feed to the stories the topic holds.
 */
public record FeedTopic(String slug) {
  public static final FeedTopic ALL = new FeedTopic("all");

  public boolean isAll() {
    return this.equals(ALL);
  }

  /** The translation key prefix of the feed's title and description. */
  String messageKey() {
    return isAll() ? "feed.all" : "feed.topic";
  }
}

package org.newsrelay.feed;

import java.util.Map;
import java.util.UUID;

/**
 * What a feed is about: every story ({@link #ALL}), one topic's stories, or what partners are told
 * of stories they may have taken ({@link #ADVISORIES}). Topics are defined in the topic package;
 * {@link FeedSelection} narrows a topic feed to the stories the topic holds.
 */
public record FeedTopic(String slug, UUID topicId, Map<String, String> names, boolean partnerOnly) {
  public static final FeedTopic ALL = new FeedTopic("all", null, Map.of(), false);

  /** Holds, releases, kills and corrections of published stories ({@link AdvisoryFeed}). */
  public static final FeedTopic ADVISORIES = new FeedTopic("advisories", null, Map.of(), false);

  public boolean isAll() {
    return topicId == null && !isAdvisories();
  }

  public boolean isAdvisories() {
    return ADVISORIES.slug.equals(slug) && topicId == null;
  }

  /**
   * Feeds of every story a reader of the language may read, whatever the topics: all, advisories.
   */
  public static boolean isEveryStory(String slug) {
    return ALL.slug.equals(slug) || ADVISORIES.slug.equals(slug);
  }

  /** The topic's name in a language, for titles: the tag's own, its parent's, English, the slug. */
  String name(String tag) {
    for (String candidate = tag; candidate != null; ) {
      String name = names.get(candidate);
      if (name != null) {
        return name;
      }
      int dash = candidate.lastIndexOf('-');
      candidate = dash < 0 ? null : candidate.substring(0, dash);
    }
    return names.getOrDefault("en", slug);
  }

  /** The translation key prefix of the feed's title and description. */
  String messageKey() {
    return isAdvisories() ? "feed.advisories" : isAll() ? "feed.all" : "feed.topic";
  }
}

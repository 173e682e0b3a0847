package org.newsrelay.feed;

import java.util.Map;
import java.util.UUID;

/**
 * What a feed is about: every story ({@link #ALL}) or one topic's stories. Topics are defined in
 * the topic package; {@link FeedSelection} narrows a topic feed to the stories the topic holds.
 */
public record FeedTopic(String slug, UUID topicId, Map<String, String> names, boolean partnerOnly) {
  public static final FeedTopic ALL = new FeedTopic("all", null, Map.of(), false);

  public boolean isAll() {
    return topicId == null;
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
    return isAll() ? "feed.all" : "feed.topic";
  }
}

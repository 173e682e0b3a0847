package org.newsrelay.it.support;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.Optional;

/** Reads our feeds back the way a feed reader does: with Rome, nothing of ours. */
public final class Feeds {
  private Feeds() {}

  public static WireFeed parse(String xml) {
    try {
      return new WireFeedInput().build(new StringReader(xml));
    } catch (Exception e) {
      throw new AssertionError("Not a feed Rome can read: " + e.getMessage() + "\n" + xml, e);
    }
  }

  public static Feed atom(String xml) {
    return (Feed) parse(xml);
  }

  public static Channel rss(String xml) {
    return (Channel) parse(xml);
  }

  public static Optional<Entry> entry(Feed feed, String storyId) {
    return feed.getEntries().stream()
        .filter(e -> e.getId().equals("urn:uuid:" + storyId))
        .findFirst();
  }
}

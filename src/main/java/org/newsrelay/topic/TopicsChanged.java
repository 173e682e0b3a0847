package org.newsrelay.topic;

/**
 * A topic was created, redefined (names, description, visibility, rules) or deleted. Fired inside
 * the transaction, so that whatever lists topics (the feed catalogue, OPML, topic feeds' titles, a
 * topic's visibility at its feed URLs) follows at once, not when its cache happens to expire.
 */
public record TopicsChanged(String slug) {}

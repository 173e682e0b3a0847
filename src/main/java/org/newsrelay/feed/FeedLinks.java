package org.newsrelay.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.newsrelay.story.Language;

/** The public addresses of feeds, story pages and the hub, under one base URI. */
public record FeedLinks(URI base) {

  public FeedLinks {
    String text = base.toString();
    base = text.endsWith("/") ? base : URI.create(text + "/");
  }

  /**
   * Where readers reach this server: NEWSRELAY_PUBLIC_URL when set (behind a proxy, and so that
   * links do not follow whatever Host header a client sends), else the request's own base.
   */
  public static URI base(jakarta.ws.rs.core.UriInfo request) {
    return PUBLIC_URL != null ? PUBLIC_URL : request.getBaseUri();
  }

  /** NEWSRELAY_PUBLIC_URL, or null. */
  static URI configuredBase() {
    return PUBLIC_URL;
  }

  private static final URI PUBLIC_URL =
      org.newsrelay.platform.Settings.get("newsrelay.public.url").map(URI::create).orElse(null);

  public URI feed(Language language, FeedTopic topic, FeedFormat format) {
    return base.resolve("feeds/" + language.tag() + "/" + topic.slug() + "." + format.extension());
  }

  /** A page of a feed: the options a reader chose, and the position when it is not the first. */
  public URI page(FeedRequest request, String cursor) {
    StringBuilder query = new StringBuilder();
    if (request.limit() != FeedRequest.DEFAULT_LIMIT) {
      query.append("&limit=").append(request.limit());
    }
    if (request.query() != null) {
      query
          .append("&q=")
          .append(URLEncoder.encode(request.query().keyword(), StandardCharsets.UTF_8));
    }
    if (cursor != null) {
      query.append("&cursor=").append(cursor);
    }
    URI feed = feed(request.language(), request.topic(), request.format());
    return query.isEmpty() ? feed : URI.create(feed + "?" + query.substring(1));
  }

  public URI storyPage(UUID storyId, Language language) {
    return base.resolve("stories/" + storyId + "/" + language.tag());
  }

  /** The WebSub hub that announces new content of every feed. */
  public URI hub() {
    return base.resolve("websub");
  }

  /** The HTML index of every feed: the feeds' home page. */
  public URI index() {
    return base.resolve("feeds");
  }

  public URI opml() {
    return base.resolve("feeds/opml");
  }
}

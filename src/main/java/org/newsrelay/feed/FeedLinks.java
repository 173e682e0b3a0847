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
   * Where readers reach this server, for links and for the cache key of every document that holds
   * them: {@link org.newsrelay.platform.Setting#PUBLIC_URL} when set, else the address and port the
   * connection arrived at. Never the Host header: a client may send any, and a document rendered
   * for one would be served, self links and all, to everyone (and a thousand of them would fill the
   * cache).
   *
   * @param requestBase the base URI of the request (JAX-RS's {@code UriInfo.getBaseUri()}): its
   *     scheme and path are kept
   */
  public static URI base(URI requestBase) {
    if (PUBLIC_URL != null) {
      return PUBLIC_URL;
    }
    var servlet =
        jakarta
            .enterprise
            .inject
            .spi
            .CDI
            .current()
            .select(jakarta.servlet.http.HttpServletRequest.class)
            .get();
    return arrivedAt(
        requestBase.getScheme(),
        servlet.getLocalAddr(),
        servlet.getLocalPort(),
        requestBase.getRawPath());
  }

  /** The base URI of a connection's own address: {@code scheme://address:port/path}. */
  static URI arrivedAt(String scheme, String address, int port, String path) {
    int scope = address.indexOf('%');
    String host = scope < 0 ? address : address.substring(0, scope);
    if (host.indexOf(':') >= 0) {
      host = "[" + host + "]";
    }
    String rooted = path == null || path.isEmpty() ? "/" : path;
    return URI.create(scheme + "://" + host + ":" + port + rooted);
  }

  /** {@link org.newsrelay.platform.Setting#PUBLIC_URL}, or null. */
  static URI configuredBase() {
    return PUBLIC_URL;
  }

  private static final URI PUBLIC_URL =
      org.newsrelay.platform.Settings.current().publicUrl().orElse(null);

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

  /** The index of the news sitemaps, and one language's sitemap. */
  public URI newsSitemap(Language language) {
    return base.resolve(
        language == null ? "sitemaps/news.xml" : "sitemaps/news/" + language.tag() + ".xml");
  }
}

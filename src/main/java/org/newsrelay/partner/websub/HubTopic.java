package org.newsrelay.partner.websub;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed of ours named by its URL, as hub.topic gives it: {@code <base>feeds/<lang>/<slug>.<ext>},
 * where the base is where this server is reached (the request's, or the configured public one).
 */
public record HubTopic(URI url, URI base, String lang, String slug, String extension) {
  private static final Pattern FEED_PATH =
      Pattern.compile("feeds/([A-Za-z0-9-]{1,35})/([a-z0-9][a-z0-9-]{0,99})\\.([a-z]{1,10})");

  /** The hub next to this feed, for the Link header of deliveries. */
  public URI hub() {
    return base.resolve("websub");
  }

  /** Empty when the URL is not a feed address under one of the bases. */
  public static Optional<HubTopic> parse(String topic, List<URI> bases) {
    if (topic == null || topic.length() > 2048) {
      return Optional.empty();
    }
    URI url;
    try {
      url = new URI(topic.strip()).normalize();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (!url.isAbsolute() || url.getRawQuery() != null || url.getRawFragment() != null) {
      return Optional.empty();
    }
    for (URI base : bases) {
      if (!sameOrigin(url, base) || url.getRawPath() == null) {
        continue;
      }
      String basePath =
          base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
      if (!basePath.endsWith("/")) {
        basePath += "/";
      }
      if (!url.getRawPath().startsWith(basePath)) {
        continue;
      }
      Matcher feed = FEED_PATH.matcher(url.getRawPath().substring(basePath.length()));
      if (feed.matches()) {
        URI canonicalBase = url.resolve(basePath);
        return Optional.of(
            new HubTopic(url, canonicalBase, feed.group(1), feed.group(2), feed.group(3)));
      }
    }
    return Optional.empty();
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null
        && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}

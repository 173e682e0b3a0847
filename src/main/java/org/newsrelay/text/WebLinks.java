package org.newsrelay.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The only links a story may carry to its readers: absolute http or https URLs with a host. A
 * {@code javascript:} or {@code data:} link runs in the reader's page, a relative one points into
 * newsrelay's own site, and a string that is not a URL breaks the feed writers; all of them are
 * dropped rather than stored or shown.
 */
final class WebLinks {
  /** The story table's link column, varchar(2048); longer addresses are not links readers use. */
  static final int MAX_CHARS = 2048;

  private WebLinks() {}

  /** The link as an absolute http(s) URL in ASCII, or null when it is not one. */
  static String absoluteHttp(String link) {
    return absolute(link, false);
  }

  /** The same, https only: images load in the reader's page, where http would be mixed content. */
  static String absoluteHttps(String link) {
    return absolute(link, true);
  }

  private static String absolute(String link, boolean httpsOnly) {
    if (link == null) {
      return null;
    }
    String s = link.strip();
    if (s.isEmpty() || s.length() > MAX_CHARS) {
      return null;
    }
    // Spaces and controls inside an address are how parsers are told apart; no real link has them.
    if (s.codePoints().anyMatch(cp -> cp <= ' ' || !XmlText.isCarriable(cp))) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean web =
        httpsOnly ? scheme.equals("https") : scheme.equals("http") || scheme.equals("https");
    if (!web || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
      return null;
    }
    if (uri.getRawUserInfo() != null) {
      // http://bank.example@evil.example/ shows one host and opens another.
      return null;
    }
    String ascii = uri.toASCIIString();
    return ascii.length() > MAX_CHARS ? null : ascii;
  }
}

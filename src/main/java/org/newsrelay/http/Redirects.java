package org.newsrelay.http;

import java.net.URI;
import java.net.URISyntaxException;

/** Which answers are redirects, and where a {@code Location} leads from the URL that sent it. */
final class Redirects {

  private Redirects() {}

  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  static URI resolve(URI base, String location) throws FetchException {
    try {
      return base.resolve(new URI(location)).normalize();
    } catch (URISyntaxException | IllegalArgumentException e) {
      try {
        // Servers send unescaped spaces and such; let the multi-argument constructor quote them.
        URI lenient = new URI(null, null, location, null);
        return base.resolve(lenient).normalize();
      } catch (URISyntaxException | IllegalArgumentException again) {
        throw new FetchException(
            FetchException.Reason.BAD_URL,
            base + " redirected to an invalid URL: " + location,
            again);
      }
    }
  }

  /** Past the policy's number of redirects: the whole chain is given up. */
  static FetchException tooMany(URI start, URI next, int maxRedirects) {
    return new FetchException(
        FetchException.Reason.TOO_MANY_REDIRECTS,
        "gave up after "
            + maxRedirects
            + " redirects, starting at "
            + start
            + " (last one to "
            + next
            + ")");
  }
}

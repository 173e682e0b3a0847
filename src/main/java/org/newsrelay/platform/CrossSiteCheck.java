package org.newsrelay.platform;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * No change from another site: a browser adds cached Basic credentials (and cookies) to a
 * cross-site POST on its own, even a {@code text/plain} one that needs no preflight, so every
 * unsafe request that a browser marks as coming from elsewhere is refused with 403 before anything
 * else. A browser marks it with {@code Sec-Fetch-Site} (refused unless {@code same-origin} or
 * {@code none}, the user's own navigation) and with {@code Origin} (refused unless it is this
 * server's: {@link Setting#PUBLIC_URL}'s, or the one the request itself was sent to). Requests
 * without either header come from tools and servers (curl, wires, hubs), not from a page, and go
 * on. Requests with a partner's Bearer key go on too: a browser never attaches one by itself, so a
 * page elsewhere cannot borrow it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossSiteCheck implements ContainerRequestFilter {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> OWN_FETCHES = Set.of("same-origin", "none");
  private static final Optional<String> PUBLIC_ORIGIN =
      Settings.current().publicUrl().map(CrossSiteCheck::origin);

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE_METHODS.contains(request.getMethod()) || hasBearer(request)) {
      return;
    }
    String site = request.getHeaderString("Sec-Fetch-Site");
    String origin = request.getHeaderString("Origin");
    if (site != null && !OWN_FETCHES.contains(site.strip().toLowerCase(Locale.ROOT))
        || origin != null && !ownOrigin(origin.strip())) {
      request.abortWith(
          ProblemMappers.response(
              new Problem(
                  403,
                  "Cross-site request refused",
                  "A change must come from this server's own pages or from a client that is not a"
                      + " browser; this one came from another site.")));
    }
  }

  private static boolean hasBearer(ContainerRequestContext request) {
    String authorization = request.getHeaderString("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  /**
   * The public URL's origin, or the origin the request was sent to (its Host, as the browser had
   * it).
   */
  private boolean ownOrigin(String origin) {
    String given;
    try {
      given = origin(new URI(origin));
    } catch (java.net.URISyntaxException notAnOrigin) {
      return false;
    }
    if (given == null) {
      return false; // "null", from a sandboxed page or after a redirect: nobody's own
    }
    if (PUBLIC_ORIGIN.filter(given::equals).isPresent()) {
      return true;
    }
    String host = servletRequest.getHeader("Host");
    if (host == null) {
      return false;
    }
    String forwarded = servletRequest.getHeader("X-Forwarded-Proto");
    for (String scheme : new String[] {servletRequest.getScheme(), forwarded}) {
      try {
        if (scheme != null
            && given.equals(origin(new URI(scheme.strip() + "://" + host.strip() + "/")))) {
          return true;
        }
      } catch (java.net.URISyntaxException badHost) {
        return false;
      }
    }
    return false;
  }

  /** scheme://host[:port], lower case, without a default port; null without a scheme or host. */
  static String origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    return scheme.isEmpty() || host.isEmpty()
        ? null
        : scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }
}

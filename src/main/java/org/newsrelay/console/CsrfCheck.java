package org.newsrelay.console;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.newsrelay.platform.Problem;
import org.newsrelay.platform.ProblemMappers;

/**
 * A change sent with the console's session cookie but without its CSRF token is refused with a 403
 * problem, before any role check, rather than quietly treated as anonymous.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CsrfCheck implements ContainerRequestFilter {
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servletRequest.getAttribute(ConsoleSessions.CSRF_REFUSED) == null) {
      return;
    }
    // Signing in again with a stale session's cookie needs no token: it opens a new session.
    if (request.getMethod().equals("POST")
        && request.getUriInfo().getPath().equals("api/v1/session")) {
      return;
    }
    request.abortWith(
        ProblemMappers.response(
            new Problem(
                403,
                "Forbidden",
                "A change made with the console's session needs its token in the "
                    + ConsoleSessions.CSRF_HEADER
                    + " header.")));
  }
}

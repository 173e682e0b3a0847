package org.newsrelay.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Enforces @RolesAllowed on resources: 401 without credentials, 403 with the wrong role; wrong
 * credentials get 401, or 429 while the sign-in throttle holds their account or address.
 */
@Provider
public class RoleCheck implements ContainerRequestFilter {
  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servletRequest.getAttribute(ApiAuthentication.DATABASE_UNAVAILABLE) != null) {
      request.abortWith(ProblemMappers.databaseUnavailable());
      return;
    }
    if (servletRequest.getAttribute(ApiAuthentication.BAD_CREDENTIALS) != null) {
      request.abortWith(
          ProblemMappers.signInLocked(servletRequest)
              .orElseGet(() -> unauthorized("The credentials given are not valid.")));
      return;
    }
    RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed == null) {
      return;
    }
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(
          unauthorized("This needs credentials (HTTP Basic, or a partner's API key as Bearer)."));
      return;
    }
    if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
      request.abortWith(
          ProblemMappers.response(
              new Problem(
                  403,
                  "Forbidden",
                  "This needs one of the roles " + String.join(", ", allowed.value()) + ".")));
    }
  }

  private static Response unauthorized(String detail) {
    return Response.fromResponse(ProblemMappers.response(new Problem(401, "Unauthorized", detail)))
        .header(HttpHeaders.WWW_AUTHENTICATE, ApiAuthentication.CHALLENGE)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsrelay\"")
        .build();
  }
}

package org.newsrelay.partner;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Optional;
import org.newsrelay.platform.Problem;
import org.newsrelay.platform.ProblemMappers;
import org.newsrelay.platform.StoryPush;

/**
 * A partner key's rate limits, applied to the resource method JAX-RS matched (so a push is a push
 * however its path is spelled): pushes against the push limit, everything else against the read
 * limit; 429 with Retry-After beyond either. {@link PartnerTraffic} has identified the key and
 * counts the request's usage.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PartnerQuota implements ContainerRequestFilter {
  @Inject RateLimiter limits;
  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!(servletRequest.getAttribute(PartnerTraffic.CALLER) instanceof PartnerCaller caller)) {
      return;
    }
    boolean push = isPush(resource, request.getMethod());
    Optional<Duration> wait =
        limits.take(caller, push ? RateLimiter.Kind.PUSH : RateLimiter.Kind.READ);
    if (wait.isPresent()) {
      request.abortWith(tooMany(wait.get(), push));
      return;
    }
    if (push) {
      servletRequest.setAttribute(PartnerTraffic.PUSHED, Boolean.TRUE);
    }
  }

  static boolean isPush(ResourceInfo resource, String method) {
    return !"GET".equals(method)
        && !"HEAD".equals(method)
        && resource.getResourceMethod() != null
        && (resource.getResourceMethod().isAnnotationPresent(StoryPush.class)
            || resource.getResourceClass().isAnnotationPresent(StoryPush.class));
  }

  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static Response tooMany(Duration wait, boolean push) {
    return ProblemMappers.retryLater(
        new Problem(
            429,
            "Too many requests",
            "This key has used its "
                + (push ? "pushes" : "reads")
                + " for now; try again in "
                + seconds(wait)
                + " s."),
        seconds(wait));
  }
}

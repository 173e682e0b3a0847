package org.newsrelay.feed;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.newsrelay.platform.ProblemException;

/**
 * Serves a feed page that is already rendered straight from the cache, before JAX-RS is involved:
 * polling a feed should cost about what reading a static file costs. Anything else (a page not yet
 * rendered, a mistake in the request) goes on to {@link FeedResource}, which renders and answers
 * errors.
 */
@WebFilter(urlPatterns = "/feeds/*")
public class CachedFeedFilter extends HttpFilter {
  @Inject FeedService feeds;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if ((method.equals("GET") || method.equals("HEAD")) && serveCached(request, response)) {
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean serveCached(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // /feeds/{lang}/{topic}.{format}
    int langEnd = path.indexOf('/', 7);
    int dot = path.lastIndexOf('.');
    if (!path.startsWith("/feeds/")
        || langEnd < 0
        || dot < langEnd
        || path.indexOf('/', langEnd + 1) >= 0) {
      return false;
    }
    RenderedDocument document;
    try {
      FeedRequest feed =
          feeds.request(
              path.substring(7, langEnd),
              path.substring(langEnd + 1, dot),
              path.substring(dot + 1),
              request.getParameter("limit"),
              request.getParameter("q"),
              request.getParameter("cursor"),
              bearer(request));
      document = feeds.cached(feed, base(request));
    } catch (ProblemException | IllegalArgumentException e) {
      return false;
    }
    if (document == null) {
      return false;
    }
    Revalidation.Answer answer =
        Revalidation.answer(
            document,
            request.getHeader("If-None-Match"),
            request.getHeader("If-Modified-Since"),
            request.getHeader("Accept-Encoding"));
    response.setHeader("ETag", answer.etag());
    response.setHeader("Last-Modified", answer.lastModified());
    response.setHeader("Cache-Control", Revalidation.CACHE_CONTROL);
    response.setHeader("Vary", "Accept-Encoding");
    if (answer.body() == null) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return true;
    }
    response.setContentType(document.mediaType());
    if (answer.gzipped()) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(answer.body().length);
    if (!request.getMethod().equals("HEAD")) {
      response.getOutputStream().write(answer.body());
    }
    return true;
  }

  private static URI base(HttpServletRequest request) {
    URI configured = FeedLinks.configuredBase();
    if (configured != null) {
      return configured;
    }
    String url = request.getRequestURL().toString();
    String uri = request.getRequestURI();
    return URI.create(
        url.substring(0, url.length() - uri.length()) + request.getContextPath() + "/");
  }

  private static String bearer(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).strip()
        : null;
  }
}

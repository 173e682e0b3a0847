package org.newsrelay.feed;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Deque;
import java.util.Map;
import java.util.function.Supplier;
import org.newsrelay.platform.DatabaseUnavailable;
import org.newsrelay.platform.DomainException;
import org.newsrelay.platform.Problem;
import org.newsrelay.platform.ProblemMappers;

/**
 * Serves a feed page that is already rendered straight from the cache, ahead of the servlet chain
 * (security, filters, JAX-RS): polling a feed should cost about what reading a static file costs.
 * Anything else (a page not yet rendered, a mistake in the request, any other address) goes on to
 * the application, where {@link FeedResource} renders and answers errors. Public feeds need no
 * identity, and partner-only topics are checked by {@link FeedService#request} all the same.
 */
final class CachedFeedHandler implements HttpHandler {
  private static final String PREFIX = "/feeds/";

  private final HttpHandler next;
  private final Supplier<FeedService> feeds;

  CachedFeedHandler(HttpHandler next, Supplier<FeedService> feeds) {
    this.next = next;
    this.feeds = feeds;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    // A partner's read goes the whole way: its key, rate limit and usage are the servlet chain's.
    if (isFeedRead(exchange) && !exchange.getRequestHeaders().contains("Authorization")) {
      if (exchange.isInIoThread() && !plainPoll(exchange)) {
        // An I/O thread serves many connections and must never wait: whatever may need more than
        // memory (a topic looked up in the database, a keyword converted, a cursor signed) moves
        // to a worker thread, where a stalled database costs one request, not the server.
        exchange.dispatch(this);
        return;
      }
      try {
        if (serveCached(exchange)) {
          return;
        }
      } catch (RuntimeException e) {
        if (!DatabaseUnavailable.is(e)) {
          throw e;
        }
        // The application would wait for the same database again: answer its 503 here.
        unavailable(exchange);
        return;
      }
    }
    next.handleRequest(exchange);
  }

  /**
   * A first page of a language's {@code all} feed in a known format: a few map look-ups, answered
   * on the I/O thread where it arrived. Anything else, a topic included, is not.
   */
  static boolean plainPoll(HttpServerExchange exchange) {
    return exchange.getQueryString().isEmpty() && plainPoll(exchange.getRelativePath());
  }

  static boolean plainPoll(String path) {
    int langEnd = path.indexOf('/', PREFIX.length());
    if (langEnd < 0) {
      return false;
    }
    String file = path.substring(langEnd + 1);
    int dot = file.indexOf('.');
    return dot >= 0
        && file.substring(0, dot).equals(FeedTopic.ALL.slug())
        && FeedFormat.ofExtension(file.substring(dot + 1)).isPresent();
  }

  private static void unavailable(HttpServerExchange exchange) {
    exchange.setStatusCode(503);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, Problem.MEDIA_TYPE);
    exchange
        .getResponseHeaders()
        .put(Headers.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    exchange.getResponseSender().send(ProblemMappers.databaseUnavailableProblem().toJson());
  }

  private static boolean isFeedRead(HttpServerExchange exchange) {
    String path = exchange.getRelativePath();
    return (exchange.getRequestMethod().equals(Methods.GET)
            || exchange.getRequestMethod().equals(Methods.HEAD))
        && path.startsWith(PREFIX)
        && path.indexOf('/', PREFIX.length()) > 0;
  }

  private boolean serveCached(HttpServerExchange exchange) {
    FeedService service = feeds.get();
    if (service == null) {
      return false;
    }
    String path = exchange.getRelativePath();
    int langEnd = path.indexOf('/', PREFIX.length());
    int dot = path.lastIndexOf('.');
    if (dot < langEnd || path.indexOf('/', langEnd + 1) >= 0) {
      return false;
    }
    HeaderMap in = exchange.getRequestHeaders();
    RenderedDocument document;
    FeedRequest request;
    try {
      Map<String, Deque<String>> query = exchange.getQueryParameters();
      request =
          service.request(
              path.substring(PREFIX.length(), langEnd),
              path.substring(langEnd + 1, dot),
              path.substring(dot + 1),
              first(query, "limit"),
              first(query, "q"),
              first(query, "cursor"),
              bearer(in.getFirst(Headers.AUTHORIZATION)));
      document = service.cached(request, base(exchange));
    } catch (DomainException | IllegalArgumentException e) {
      // Any refusal is left to FeedResource, which answers it as a problem.
      return false;
    }
    if (document == null) {
      return false;
    }
    service.served(request, true);
    Revalidation.Answer answer =
        Revalidation.answer(
            document,
            in.getFirst(Headers.IF_NONE_MATCH),
            in.getFirst(Headers.IF_MODIFIED_SINCE),
            in.getFirst(Headers.ACCEPT_ENCODING));
    HeaderMap out = exchange.getResponseHeaders();
    out.put(Headers.ETAG, answer.etag());
    out.put(Headers.LAST_MODIFIED, answer.lastModified());
    out.put(Headers.CACHE_CONTROL, Revalidation.CACHE_CONTROL);
    out.put(Headers.VARY, "Accept-Encoding");
    if (answer.body() == null) {
      exchange.setStatusCode(304);
      exchange.endExchange();
      return true;
    }
    out.put(Headers.CONTENT_TYPE, document.mediaType());
    if (answer.gzipped()) {
      out.put(Headers.CONTENT_ENCODING, "gzip");
    }
    out.put(Headers.CONTENT_LENGTH, answer.body().length);
    if (exchange.getRequestMethod().equals(Methods.HEAD)) {
      exchange.endExchange();
    } else {
      exchange.getResponseSender().send(ByteBuffer.wrap(answer.body()));
    }
    return true;
  }

  /** The base {@link FeedLinks#base} gives the same request, so both file a page under one key. */
  private static URI base(HttpServerExchange exchange) {
    URI configured = FeedLinks.configuredBase();
    return configured != null
        ? configured
        : FeedLinks.arrivedAt(
            exchange.getRequestScheme(),
            exchange.getDestinationAddress().getAddress().getHostAddress(),
            exchange.getDestinationAddress().getPort(),
            "/");
  }

  private static String first(Map<String, Deque<String>> query, String name) {
    Deque<String> values = query.get(name);
    return values == null ? null : values.peekFirst();
  }

  private static String bearer(String authorization) {
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).strip()
        : null;
  }
}

package org.newsrelay.http;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;

/**
 * What one answer of a fetch comes to: a redirect to follow, a result (2xx, or 304 when nothing
 * changed), or a failure that names the status and any {@code Retry-After}.
 */
final class Answers {
  private final FetchPolicy policy;
  private final FetchFailures failures;
  private final Clock clock = Clock.systemUTC();

  Answers(FetchPolicy policy, FetchFailures failures) {
    this.policy = policy;
    this.failures = failures;
  }

  /** One request and its answer: either the final result or where to go next. */
  record Hop(FetchResult result, URI redirect) {}

  Hop read(URI url, ClassicHttpResponse response, long deadline, Watchdog.Alarm alarm)
      throws IOException, FetchException {
    int status = response.getCode();
    Duration retryAfter = RetryAfter.parse(header(response, "Retry-After"), clock);
    if (Redirects.isRedirect(status)) {
      String location = header(response, "Location");
      if (location == null || location.isBlank()) {
        throw new FetchException(
            FetchException.Reason.HTTP_STATUS,
            url + " answered " + status + " (a redirect) without saying where to",
            status,
            null,
            null);
      }
      return new Hop(null, Redirects.resolve(url, location.trim()));
    }
    if (status == 304) {
      return new Hop(result(status, url, new byte[0], response, retryAfter, true), null);
    }
    if (status < 200 || status > 299) {
      String phrase = response.getReasonPhrase();
      String wait =
          retryAfter == null ? "" : "; it asks us to wait " + retryAfter.toSeconds() + " s";
      throw new FetchException(
          FetchException.Reason.HTTP_STATUS,
          url
              + " answered HTTP "
              + status
              + (phrase == null || phrase.isBlank() ? "" : " " + phrase)
              + wait,
          status,
          retryAfter,
          null);
    }
    byte[] body = CappedBody.read(url, response.getEntity(), deadline, alarm, policy, failures);
    return new Hop(result(status, url, body, response, retryAfter, false), null);
  }

  private static FetchResult result(
      int status,
      URI url,
      byte[] body,
      ClassicHttpResponse response,
      Duration retryAfter,
      boolean notModified) {
    return new FetchResult(
        status,
        url,
        body,
        header(response, "Content-Type"),
        header(response, "ETag"),
        header(response, "Last-Modified"),
        retryAfter,
        notModified);
  }

  private static String header(ClassicHttpResponse response, String name) {
    Header h = response.getFirstHeader(name);
    return h == null ? null : h.getValue();
  }
}

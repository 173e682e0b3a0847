package org.newsrelay.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;

/** The GET of one hop: feed types first, and conditional when an earlier answer gave validators. */
final class ConditionalGet {
  private static final String ACCEPT =
      "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9,"
          + " application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";

  private ConditionalGet() {}

  /**
   * @param etag nullable; sent as {@code If-None-Match}
   * @param lastModified nullable; sent as {@code If-Modified-Since}
   * @param remainingNanos what is left of the whole fetch's time, the most this answer may take
   */
  static HttpGet of(
      URI url, String etag, String lastModified, Duration connectTimeout, long remainingNanos) {
    HttpGet get = new HttpGet(url);
    get.setHeader("Accept", ACCEPT);
    if (etag != null && !etag.isBlank()) {
      get.setHeader("If-None-Match", etag);
    }
    if (lastModified != null && !lastModified.isBlank()) {
      get.setHeader("If-Modified-Since", lastModified);
    }
    Timeout remaining = Timeout.of(Math.max(1, remainingNanos / 1_000_000), TimeUnit.MILLISECONDS);
    get.setConfig(
        RequestConfig.custom()
            .setConnectionRequestTimeout(Timeout.of(connectTimeout))
            .setResponseTimeout(remaining)
            .setRedirectsEnabled(false)
            .build());
    return get;
  }
}

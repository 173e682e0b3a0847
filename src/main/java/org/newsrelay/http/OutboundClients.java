package org.newsrelay.http;

import java.io.IOException;
import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The one place an outbound HTTP client is built, for polls ({@link Fetcher}) and for the hub's
 * callbacks alike: it connects only through a {@link GuardedDnsResolver}, so an address is checked
 * when it is connected to, whatever it resolved to when it was checked; it never follows a
 * redirect, retries, keeps cookies or caches credentials. What differs between its users is the
 * shape below.
 */
public final class OutboundClients {

  /**
   * What one kind of exchange may take and how many connections it may hold.
   *
   * @param connect to get a connection, and to open one
   * @param silence the longest quiet between two packets (a whole exchange is bounded by a {@link
   *     Watchdog})
   */
  public record Shape(
      Duration connect, Duration silence, int maxConnections, int maxPerHost, String userAgent) {}

  private OutboundClients() {}

  public static CloseableHttpClient build(GuardedDnsResolver resolver, Shape shape) {
    Timeout connect = Timeout.of(shape.connect());
    Timeout silence = Timeout.of(shape.silence());
    return HttpClients.custom()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                // A body cap means nothing if a server can send an endless header line instead.
                .setConnectionFactory(
                    ManagedHttpClientConnectionFactory.builder()
                        .http1Config(
                            Http1Config.custom()
                                .setMaxLineLength(16 * 1024)
                                .setMaxHeaderCount(200)
                                .setMaxEmptyLineCount(10)
                                .build())
                        .build())
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(silence).build())
                .setDefaultConnectionConfig(
                    ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(silence)
                        .build())
                .setMaxConnTotal(shape.maxConnections())
                .setMaxConnPerRoute(shape.maxPerHost())
                .build())
        // A poll follows redirects itself, hop by hop, so that each hop's URL is checked; a
        // callback is not followed at all: the subscriber verified this very URL.
        .disableRedirectHandling()
        // A retry would silently double the time a poll may take, and would bypass the outbox's
        // backoff and its record of attempts.
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        .setUserAgent(shape.userAgent())
        .setDefaultRequestConfig(
            RequestConfig.custom()
                .setConnectionRequestTimeout(connect)
                .setResponseTimeout(silence)
                .setRedirectsEnabled(false)
                .build())
        .build();
  }

  /** Closes an answer whose exchange was cancelled or read to its end. */
  public static void closeQuietly(CloseableHttpResponse response) {
    if (response != null) {
      try {
        response.close();
      } catch (IOException | RuntimeException ignored) {
        // The connection is already discarded; nothing useful to report.
      }
    }
  }
}

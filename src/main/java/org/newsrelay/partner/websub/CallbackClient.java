package org.newsrelay.partner.websub;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.newsrelay.ingest.fetch.AddressAllowlist;
import org.newsrelay.ingest.fetch.GuardedDnsResolver;

/**
 * Talks to subscribers' callbacks: verification GETs and delivery POSTs. It connects only through
 * the fetcher's {@link GuardedDnsResolver}, so a callback that resolves to a private address is
 * refused at connect time, whatever it resolved to when it subscribed. Connections are pooled: a
 * fan-out to many subscriptions at one host reuses them.
 *
 * <p>Each exchange has an overall deadline besides the connect and read timeouts: those only bound
 * the silence between two packets, so a subscriber answering a byte a second would hold a
 * dispatcher thread for hours. At the deadline the request is cancelled, which drops its
 * connection.
 */
public final class CallbackClient implements AutoCloseable {
  static final String USER_AGENT = "newsrelay-websub/0.1 (+https://github.com/newsrelay)";

  /** Enough of an answer to read a challenge; more is not read (and the connection dropped). */
  private static final int MAX_BODY = 8 * 1024;

  private final CloseableHttpClient client;
  private final Duration deadline;

  /** Cancels the exchanges that outlive their deadline; one thread for every callback. */
  private final ScheduledExecutorService deadlines =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "newsrelay-websub-deadlines");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * @param deadline how long one exchange may take in all, from asking for a connection to the last
   *     byte of the answer
   */
  public CallbackClient(
      AddressAllowlist allow,
      Duration connect,
      Duration response,
      Duration deadline,
      int maxPerHost) {
    this.deadline = deadline;
    Timeout connectTimeout = Timeout.of(connect);
    Timeout responseTimeout = Timeout.of(response);
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(new GuardedDnsResolver(allow))
                    .setDefaultSocketConfig(
                        SocketConfig.custom().setSoTimeout(responseTimeout).build())
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(connectTimeout)
                            .setSocketTimeout(responseTimeout)
                            .build())
                    .setMaxConnTotal(Math.max(64, maxPerHost * 4))
                    .setMaxConnPerRoute(maxPerHost)
                    .build())
            // A callback that redirects is not followed: the subscriber verified this very URL.
            .disableRedirectHandling()
            // A retry here would bypass the outbox's backoff and its record of attempts.
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .setUserAgent(USER_AGENT)
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(connectTimeout)
                    .setResponseTimeout(responseTimeout)
                    .setRedirectsEnabled(false)
                    .build())
            .build();
  }

  public CallbackResult get(URI url) {
    return exchange(new HttpGet(url), 0);
  }

  public CallbackResult post(
      URI url, String contentType, byte[] body, Map<String, String> headers) {
    HttpPost post = new HttpPost(url);
    headers.forEach(post::setHeader);
    post.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
    return exchange(post, body.length);
  }

  @SuppressWarnings("deprecation") // execute(request) is the classic API the fetcher uses too.
  private CallbackResult exchange(HttpUriRequestBase request, int bytesSent) {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    boolean complete = false;
    CloseableHttpResponse response = null;
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> timer =
        deadlines.schedule(
            () -> {
              expired.set(true);
              request.cancel();
            },
            deadline.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      response = client.execute(request);
      int status = response.getCode();
      Body body = read(response.getEntity());
      complete = body.complete();
      if (expired.get()) {
        // Cut off mid-answer: the stream may end quietly rather than fail.
        throw new IOException("deadline");
      }
      String reason = response.getReasonPhrase();
      return new CallbackResult(
          started,
          Duration.ofNanos(System.nanoTime() - t0),
          status,
          status >= 200 && status <= 299 || reason == null || reason.isBlank() ? null : reason,
          body.text(),
          bytesSent);
    } catch (IOException | RuntimeException e) {
      String message =
          expired.get()
              ? "No complete answer within " + deadline.toSeconds() + " s; cut off"
              : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new CallbackResult(
          started, Duration.ofNanos(System.nanoTime() - t0), null, message, null, bytesSent);
    } finally {
      timer.cancel(false);
      if (!complete) {
        // Closing a half-read response would read the rest; cancelling drops the connection.
        request.cancel();
      }
      if (response != null) {
        try {
          response.close();
        } catch (IOException | RuntimeException ignored) {
          // The connection is discarded already; nothing to report.
        }
      }
    }
  }

  private record Body(String text, boolean complete) {}

  private static Body read(HttpEntity entity) throws IOException {
    if (entity == null) {
      return new Body("", true);
    }
    byte[] buffer = new byte[MAX_BODY + 1];
    int filled = 0;
    // Not closed here: closing a half-read stream would read the rest; the caller cancels first.
    InputStream in = entity.getContent();
    int n;
    while (filled < buffer.length && (n = in.read(buffer, filled, buffer.length - filled)) >= 0) {
      filled += n;
    }
    boolean complete = filled <= MAX_BODY && in.read() < 0;
    return new Body(
        new String(buffer, 0, Math.min(filled, MAX_BODY), StandardCharsets.UTF_8), complete);
  }

  @Override
  public void close() {
    deadlines.shutdownNow();
    client.close(CloseMode.GRACEFUL);
  }
}

package org.newsrelay.partner.websub;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.newsrelay.http.AddressAllowlist;
import org.newsrelay.http.CappedBody;
import org.newsrelay.http.GuardedDnsResolver;
import org.newsrelay.http.OutboundClients;
import org.newsrelay.http.Watchdog;

/**
 * Talks to subscribers' callbacks: verification GETs and delivery POSTs. Its client is built like
 * the poller's ({@link OutboundClients}), so a callback that resolves to a private address is
 * refused at connect time, whatever it resolved to when it subscribed. Connections are pooled: a
 * fan-out to many subscriptions at one host reuses them.
 *
 * <p>Each exchange has an overall deadline besides the connect and read timeouts ({@link
 * Watchdog}): a subscriber answering a byte a second would otherwise hold a dispatcher thread for
 * hours.
 */
public final class CallbackClient implements AutoCloseable {
  static final String USER_AGENT = "newsrelay-websub/0.1 (+https://github.com/newsrelay)";

  /** Enough of an answer to read a challenge; more is not read (and the connection dropped). */
  private static final int MAX_BODY = 8 * 1024;

  private final CloseableHttpClient client;
  private final Duration deadline;

  /** Cancels the exchanges that outlive their deadline; one thread for every callback. */
  private final Watchdog deadlines = new Watchdog("newsrelay-websub-deadlines");

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
    this.client =
        OutboundClients.build(
            new GuardedDnsResolver(allow),
            new OutboundClients.Shape(
                connect, response, Math.max(64, maxPerHost * 4), maxPerHost, USER_AGENT));
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
    Watchdog.Alarm alarm = deadlines.arm(request, deadline.toNanos());
    try {
      response = client.execute(request);
      int status = response.getCode();
      Body body = read(response.getEntity());
      complete = body.complete();
      if (alarm.rang()) {
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
          alarm.rang()
              ? "No complete answer within " + deadline.toSeconds() + " s; cut off"
              : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new CallbackResult(
          started, Duration.ofNanos(System.nanoTime() - t0), null, message, null, bytesSent);
    } finally {
      alarm.disarm();
      if (!complete) {
        // Closing a half-read response would read the rest; cancelling drops the connection.
        request.cancel();
      }
      OutboundClients.closeQuietly(response);
    }
  }

  private record Body(String text, boolean complete) {}

  private static Body read(HttpEntity entity) throws IOException {
    if (entity == null) {
      return new Body("", true);
    }
    // One byte more than is kept: whether there was more is what makes the answer incomplete.
    InputStream in = entity.getContent();
    byte[] head = CappedBody.head(in, MAX_BODY + 1);
    boolean complete = head.length <= MAX_BODY && in.read() < 0;
    return new Body(
        new String(head, 0, Math.min(head.length, MAX_BODY), StandardCharsets.UTF_8), complete);
  }

  @Override
  public void close() {
    deadlines.close();
    client.close(CloseMode.GRACEFUL);
  }
}

package org.newsrelay.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * Fetches feeds for the poller: one instance, shared by all threads. Every hop of a redirect chain
 * is checked ({@link UrlCheck}), and the address actually connected to is checked at connect time
 * by {@link GuardedDnsResolver}. {@link #close()} releases the connection pool.
 */
public final class Fetcher implements AutoCloseable {

  static final String USER_AGENT = "newsrelay/0.1 (+https://github.com/newsrelay)";

  /** Enough of a hub's answer to show an operator why it refused. */
  private static final int MAX_ANSWER = 2000;

  private final FetchPolicy policy;
  private final UrlCheck urls;
  private final FetchFailures failures;
  private final Answers answers;
  private final CloseableHttpClient client;
  private final Watchdog watchdog = new Watchdog("newsrelay-fetch-watchdog");

  public Fetcher(FetchPolicy policy) {
    this.policy = policy;
    GuardedDnsResolver resolver = new GuardedDnsResolver(policy.allow());
    this.urls = new UrlCheck(policy.allow(), resolver);
    this.failures = new FetchFailures(policy);
    this.answers = new Answers(policy, failures);
    this.client =
        OutboundClients.build(
            resolver,
            new OutboundClients.Shape(
                policy.connectTimeout(), policy.totalTimeout(), 64, 4, USER_AGENT));
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** Quick validation when a source is registered: scheme, host, and where the host resolves. */
  public void checkUrl(URI url) throws FetchException {
    urls.check(url);
  }

  /**
   * Fetches {@code url}, following redirects. {@code etag} and {@code lastModified} (both nullable)
   * make it a conditional GET; a 304 answer comes back with {@code notModified} set.
   */
  public FetchResult fetch(URI url, String etag, String lastModified) throws FetchException {
    long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
    URI current = url;
    for (int redirects = 0; ; redirects++) {
      urls.syntax(current);
      Answers.Hop hop = exchange(current, etag, lastModified, deadline);
      if (hop.result() != null) {
        return hop.result();
      }
      if (redirects >= policy.maxRedirects()) {
        throw Redirects.tooMany(url, hop.redirect(), policy.maxRedirects());
      }
      current = hop.redirect();
    }
  }

  /** What a server answered to a form POST: its status and the start of its body. */
  public record FormAnswer(int status, String body) {
    public boolean accepted() {
      return status >= 200 && status <= 299;
    }
  }

  /**
   * POSTs {@code form} (application/x-www-form-urlencoded) to {@code url} under the same address
   * checks and timeouts as a fetch; redirects are not followed (a hub that moved is advertised anew
   * in the feed). Any status comes back; only a failure to exchange is thrown.
   */
  public FormAnswer postForm(URI url, Map<String, String> form) throws FetchException {
    urls.syntax(url);
    HttpPost post = new HttpPost(url);
    post.setEntity(
        new ByteArrayEntity(
            encode(form).getBytes(StandardCharsets.US_ASCII),
            ContentType.APPLICATION_FORM_URLENCODED));
    Watchdog.Alarm alarm = watchdog.arm(post, policy.totalTimeout().toNanos());
    CloseableHttpResponse response = null;
    try {
      response = client.execute(post);
      HttpEntity entity = response.getEntity();
      String body =
          entity == null
              ? ""
              : new String(
                  CappedBody.head(entity.getContent(), MAX_ANSWER), StandardCharsets.UTF_8);
      return new FormAnswer(response.getCode(), body);
    } catch (IOException e) {
      throw failures.translate(url, e, alarm.rang());
    } catch (RuntimeException e) {
      throw failures.unexpected(url, e, alarm.rang(), "posting to");
    } finally {
      alarm.disarm();
      // The answer was read as far as it matters; never drain the rest.
      post.cancel();
      OutboundClients.closeQuietly(response);
    }
  }

  private static String encode(Map<String, String> form) {
    StringBuilder encoded = new StringBuilder();
    form.forEach(
        (name, value) -> {
          if (encoded.length() > 0) {
            encoded.append('&');
          }
          encoded
              .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    return encoded.toString();
  }

  private Answers.Hop exchange(URI url, String etag, String lastModified, long deadline)
      throws FetchException {
    long remainingNanos = deadline - System.nanoTime();
    if (remainingNanos <= 0) {
      throw failures.timeout(url, null);
    }
    HttpGet get =
        ConditionalGet.of(url, etag, lastModified, policy.connectTimeout(), remainingNanos);
    Watchdog.Alarm alarm = watchdog.arm(get, remainingNanos);
    boolean complete = false;
    CloseableHttpResponse response = null;
    try {
      response = client.execute(get);
      Answers.Hop hop = answers.read(url, response, deadline, alarm);
      complete = hop.result() != null;
      return hop;
    } catch (IOException e) {
      throw failures.translate(url, e, alarm.rang());
    } catch (RuntimeException e) {
      throw failures.unexpected(url, e, alarm.rang(), "fetching");
    } finally {
      alarm.disarm();
      if (!complete) {
        // Closing a half-read response would drain the rest of the body (a gzip bomb, an endless
        // stream); cancelling first drops the connection instead.
        get.cancel();
      }
      OutboundClients.closeQuietly(response);
    }
  }

  @Override
  public void close() {
    watchdog.close();
    client.close(CloseMode.GRACEFUL);
  }
}

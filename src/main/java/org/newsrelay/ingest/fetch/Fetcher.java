package org.newsrelay.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches feeds for the poller: one instance, shared by all threads. Every hop of a redirect chain
 * is checked, and the address actually connected to is checked at connect time by {@link
 * GuardedDnsResolver}. {@link #close()} releases the connection pool.
 */
public final class Fetcher implements AutoCloseable {

  static final String USER_AGENT = "newsrelay/0.1 (+https://github.com/newsrelay)";
  private static final String ACCEPT =
      "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9,"
          + " application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";

  private final FetchPolicy policy;
  private final GuardedDnsResolver resolver;
  private final AddressGuard guard;
  private final CloseableHttpClient client;
  private final ScheduledExecutorService watchdog;
  private final Clock clock = Clock.systemUTC();

  public Fetcher(FetchPolicy policy) {
    this.policy = policy;
    this.resolver = new GuardedDnsResolver(policy.allow());
    this.guard = new AddressGuard(policy.allow());
    Timeout connect = Timeout.of(policy.connectTimeout());
    Timeout total = Timeout.of(policy.totalTimeout());
    PoolingHttpClientConnectionManager connections =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(resolver)
            // The body cap means nothing if a server can send an endless header line instead.
            .setConnectionFactory(
                ManagedHttpClientConnectionFactory.builder()
                    .http1Config(
                        Http1Config.custom()
                            .setMaxLineLength(16 * 1024)
                            .setMaxHeaderCount(200)
                            .setMaxEmptyLineCount(10)
                            .build())
                    .build())
            .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(total).build())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(connect)
                    .setSocketTimeout(total)
                    .build())
            .setMaxConnTotal(64)
            .setMaxConnPerRoute(4)
            .build();
    this.client =
        HttpClients.custom()
            .setConnectionManager(connections)
            // Redirects are followed here, hop by hop, so each hop's URL is checked.
            .disableRedirectHandling()
            // A retry would silently double the time a poll may take.
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .setUserAgent(USER_AGENT)
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(connect)
                    .setResponseTimeout(total)
                    .setRedirectsEnabled(false)
                    .build())
            .build();
    this.watchdog =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "newsrelay-fetch-watchdog");
              thread.setDaemon(true);
              return thread;
            });
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** Quick validation when a source is registered: scheme, host, and where the host resolves. */
  public void checkUrl(URI url) throws FetchException {
    String host = checkSyntax(url);
    try {
      resolver.resolve(host);
    } catch (BlockedAddressException e) {
      throw new FetchException(FetchException.Reason.BLOCKED_ADDRESS, e.getMessage(), e);
    } catch (UnknownHostException e) {
      throw unknownHost(host, e);
    }
  }

  /**
   * Fetches {@code url}, following redirects. {@code etag} and {@code lastModified} (both nullable)
   * make it a conditional GET; a 304 answer comes back with {@code notModified} set.
   */
  public FetchResult fetch(URI url, String etag, String lastModified) throws FetchException {
    long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
    URI current = url;
    for (int redirects = 0; ; redirects++) {
      checkSyntax(current);
      Hop hop = exchange(current, etag, lastModified, deadline);
      if (hop.result() != null) {
        return hop.result();
      }
      if (redirects >= policy.maxRedirects()) {
        throw new FetchException(
            FetchException.Reason.TOO_MANY_REDIRECTS,
            "gave up after "
                + policy.maxRedirects()
                + " redirects, starting at "
                + url
                + " (last one to "
                + hop.redirect()
                + ")");
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

  /** Enough of a hub's answer to show an operator why it refused. */
  private static final int MAX_ANSWER = 2000;

  /**
   * POSTs {@code form} (application/x-www-form-urlencoded) to {@code url} under the same address
   * checks and timeouts as a fetch; redirects are not followed (a hub that moved is advertised anew
   * in the feed). Any status comes back; only a failure to exchange is thrown.
   */
  public FormAnswer postForm(URI url, Map<String, String> form) throws FetchException {
    checkSyntax(url);
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
    HttpPost post = new HttpPost(url);
    post.setEntity(
        new ByteArrayEntity(
            encoded.toString().getBytes(StandardCharsets.US_ASCII),
            ContentType.APPLICATION_FORM_URLENCODED));
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> alarm =
        watchdog.schedule(
            () -> {
              timedOut.set(true);
              post.cancel();
            },
            policy.totalTimeout().toNanos(),
            TimeUnit.NANOSECONDS);
    CloseableHttpResponse response = null;
    try {
      response = client.execute(post);
      String body = "";
      HttpEntity entity = response.getEntity();
      if (entity != null) {
        byte[] buffer = new byte[MAX_ANSWER];
        InputStream in = entity.getContent();
        int filled = 0;
        int n;
        while (filled < buffer.length
            && (n = in.read(buffer, filled, buffer.length - filled)) >= 0) {
          filled += n;
        }
        body = new String(buffer, 0, filled, StandardCharsets.UTF_8);
      }
      return new FormAnswer(response.getCode(), body);
    } catch (IOException e) {
      throw translate(url, e, timedOut.get());
    } catch (RuntimeException e) {
      if (timedOut.get()) {
        throw timeout(url, e);
      }
      throw new FetchException(
          FetchException.Reason.IO, "posting to " + url + " failed: " + e.getMessage(), e);
    } finally {
      alarm.cancel(false);
      // The answer was read as far as it matters; never drain the rest.
      post.cancel();
      closeQuietly(response);
    }
  }

  /** One request and its answer: either the final result or where to go next. */
  private record Hop(FetchResult result, URI redirect) {}

  private Hop exchange(URI url, String etag, String lastModified, long deadline)
      throws FetchException {
    long remainingNanos = deadline - System.nanoTime();
    if (remainingNanos <= 0) {
      throw timeout(url, null);
    }
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
            .setConnectionRequestTimeout(Timeout.of(policy.connectTimeout()))
            .setResponseTimeout(remaining)
            .setRedirectsEnabled(false)
            .build());
    AtomicBoolean timedOut = new AtomicBoolean();
    // Socket timeouts only bound the gap between two packets; a server dripping a byte a second
    // would never trip them. Cancelling the request at the deadline closes the connection.
    ScheduledFuture<?> alarm =
        watchdog.schedule(
            () -> {
              timedOut.set(true);
              get.cancel();
            },
            remainingNanos,
            TimeUnit.NANOSECONDS);
    boolean complete = false;
    CloseableHttpResponse response = null;
    try {
      response = client.execute(get);
      Hop hop = readHop(url, response, deadline, timedOut);
      complete = hop.result() != null;
      return hop;
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      throw translate(url, e, timedOut.get());
    } catch (RuntimeException e) {
      if (timedOut.get()) {
        throw timeout(url, e);
      }
      throw new FetchException(
          FetchException.Reason.IO, "fetching " + url + " failed: " + e.getMessage(), e);
    } finally {
      alarm.cancel(false);
      if (!complete) {
        // Closing a half-read response would drain the rest of the body (a gzip bomb, an endless
        // stream); cancelling first drops the connection instead.
        get.cancel();
      }
      closeQuietly(response);
    }
  }

  private static void closeQuietly(CloseableHttpResponse response) {
    if (response != null) {
      try {
        response.close();
      } catch (IOException | RuntimeException ignored) {
        // The connection is already discarded; nothing useful to report.
      }
    }
  }

  private Hop readHop(URI url, ClassicHttpResponse response, long deadline, AtomicBoolean timedOut)
      throws IOException, FetchException {
    int status = response.getCode();
    Duration retryAfter = RetryAfter.parse(header(response, "Retry-After"), clock);
    if (isRedirect(status)) {
      String location = header(response, "Location");
      if (location == null || location.isBlank()) {
        throw new FetchException(
            FetchException.Reason.HTTP_STATUS,
            url + " answered " + status + " (a redirect) without saying where to",
            status,
            null,
            null);
      }
      return new Hop(null, resolveLocation(url, location.trim()));
    }
    if (status == 304) {
      return new Hop(
          new FetchResult(
              status,
              url,
              new byte[0],
              header(response, "Content-Type"),
              header(response, "ETag"),
              header(response, "Last-Modified"),
              retryAfter,
              true),
          null);
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
    byte[] body = readBody(url, response.getEntity(), deadline, timedOut);
    return new Hop(
        new FetchResult(
            status,
            url,
            body,
            header(response, "Content-Type"),
            header(response, "ETag"),
            header(response, "Last-Modified"),
            retryAfter,
            false),
        null);
  }

  private byte[] readBody(URI url, HttpEntity entity, long deadline, AtomicBoolean timedOut)
      throws IOException, FetchException {
    if (entity == null) {
      return new byte[0];
    }
    long declared = entity.getContentLength();
    if (declared > policy.maxBytes() && entity.getContentEncoding() == null) {
      throw tooLarge(url);
    }
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.min(Math.max(declared, 8192), 1 << 20));
    byte[] buffer = new byte[8192];
    // The entity stream is already decompressed, so the cap counts what we would keep in memory.
    // It is closed with the response, after a cancel when reading stopped early.
    InputStream in = entity.getContent();
    int n;
    long total = 0;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > policy.maxBytes()) {
        throw tooLarge(url);
      }
      if (System.nanoTime() - deadline > 0 || timedOut.get()) {
        throw timeout(url, null);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Syntax checks that need no network: scheme, host, and hosts that are addresses themselves. */
  private String checkSyntax(URI url) throws FetchException {
    if (url == null) {
      throw new FetchException(FetchException.Reason.BAD_URL, "no URL given");
    }
    String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme == null || url.isOpaque() && !scheme.startsWith("http")) {
      throw new FetchException(
          FetchException.Reason.BAD_URL,
          url
              + " is not an http or https URL"
              + (scheme == null ? "" : " (scheme " + scheme + ")"));
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          FetchException.Reason.BAD_URL,
          "only http and https URLs can be fetched, not " + scheme + ": (" + url + ")");
    }
    String host = url.getHost();
    if (host == null) {
      host = hostFromAuthority(url);
    }
    if (host == null || host.isEmpty()) {
      throw new FetchException(FetchException.Reason.BAD_URL, url + " has no host name");
    }
    if (host.startsWith("[")) {
      checkLiteral(url, host, literalV6(url, host));
      return host;
    }
    Optional<Ipv4Spelling.Reading> numeric;
    try {
      numeric = Ipv4Spelling.read(host);
    } catch (IllegalArgumentException e) {
      throw new FetchException(
          FetchException.Reason.BAD_URL,
          "the host " + host + " in " + url + " is not a valid IPv4 address: it " + e.getMessage());
    }
    if (numeric.isPresent()) {
      Ipv4Spelling.Reading reading = numeric.get();
      checkLiteral(url, host, reading.address());
      if (!reading.canonical()) {
        throw new FetchException(
            FetchException.Reason.BAD_URL,
            "the host "
                + host
                + " in "
                + url
                + " is an unusual spelling of the address "
                + reading.address().getHostAddress()
                + "; write the address as "
                + reading.address().getHostAddress());
      }
      return host;
    }
    if (url.getHost() == null) {
      throw new FetchException(
          FetchException.Reason.BAD_URL, "the host name " + host + " in " + url + " is not valid");
    }
    return host;
  }

  private void checkLiteral(URI url, String host, InetAddress address) throws FetchException {
    if (policy.allow().allowsHost(host)) {
      return;
    }
    Optional<String> refusal = guard.refusal(address);
    if (refusal.isPresent()) {
      boolean plainSpelling =
          host.equals(address.getHostAddress())
              || host.startsWith("[") && address instanceof java.net.Inet6Address;
      String spelled = plainSpelling ? host : host + " (that is " + address.getHostAddress() + ")";
      throw new FetchException(
          FetchException.Reason.BLOCKED_ADDRESS,
          "refused "
              + url
              + ": "
              + spelled
              + " is "
              + refusal.get()
              + "; fetching private or local addresses is refused"
              + " (an operator can allow it in "
              + policy.allow().setting()
              + ")");
    }
  }

  private static InetAddress literalV6(URI url, String host) throws FetchException {
    String bare = host.substring(1, host.length() - 1);
    if (!bare.contains(":") || !bare.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
      throw new FetchException(
          FetchException.Reason.BAD_URL, url + " has an invalid IPv6 host " + host);
    }
    try {
      return InetAddress.getByName(bare);
    } catch (UnknownHostException e) {
      throw new FetchException(
          FetchException.Reason.BAD_URL, url + " has an invalid IPv6 host " + host, e);
    }
  }

  /** java.net.URI leaves the host null for names like 2130706433; read them from the authority. */
  private static String hostFromAuthority(URI url) {
    String authority = url.getRawAuthority();
    if (authority == null) {
      return null;
    }
    int at = authority.lastIndexOf('@');
    String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      return close < 0 ? hostPort : hostPort.substring(0, close + 1);
    }
    int colon = hostPort.lastIndexOf(':');
    return colon >= 0 ? hostPort.substring(0, colon) : hostPort;
  }

  private static URI resolveLocation(URI base, String location) throws FetchException {
    try {
      return base.resolve(new URI(location)).normalize();
    } catch (URISyntaxException | IllegalArgumentException e) {
      try {
        // Servers send unescaped spaces and such; let the multi-argument constructor quote them.
        URI lenient = new URI(null, null, location, null);
        return base.resolve(lenient).normalize();
      } catch (URISyntaxException | IllegalArgumentException again) {
        throw new FetchException(
            FetchException.Reason.BAD_URL,
            base + " redirected to an invalid URL: " + location,
            again);
      }
    }
  }

  private FetchException translate(URI url, IOException e, boolean timedOut) {
    String host = url.getHost() == null ? String.valueOf(url.getRawAuthority()) : url.getHost();
    if (e instanceof BlockedAddressException) {
      return new FetchException(
          FetchException.Reason.BLOCKED_ADDRESS, "refused " + url + ": " + e.getMessage(), e);
    }
    if (timedOut) {
      return timeout(url, e);
    }
    if (e instanceof UnknownHostException) {
      return unknownHost(host, e);
    }
    if (e instanceof ConnectTimeoutException) {
      return new FetchException(
          FetchException.Reason.TIMEOUT,
          "could not connect to "
              + host
              + " within "
              + seconds(policy.connectTimeout())
              + " (fetching "
              + url
              + ")",
          e);
    }
    if (e instanceof HttpHostConnectException) {
      return new FetchException(
          FetchException.Reason.CONNECT_FAILED,
          "could not connect to " + host + " (fetching " + url + "): " + e.getMessage(),
          e);
    }
    if (e instanceof SSLException) {
      return new FetchException(
          FetchException.Reason.CONNECT_FAILED,
          "the secure (TLS) connection to " + host + " failed: " + e.getMessage(),
          e);
    }
    if (e instanceof SocketTimeoutException) {
      return timeout(url, e);
    }
    return new FetchException(
        FetchException.Reason.IO,
        "fetching " + url + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()),
        e);
  }

  private FetchException timeout(URI url, Throwable cause) {
    return new FetchException(
        FetchException.Reason.TIMEOUT,
        "fetching "
            + url
            + " took longer than the "
            + seconds(policy.totalTimeout())
            + " allowed for a whole response",
        cause);
  }

  private FetchException tooLarge(URI url) {
    return new FetchException(
        FetchException.Reason.TOO_LARGE,
        "the response from "
            + url
            + " is larger than the "
            + policy.maxBytes()
            + " bytes allowed (counted after decompression)");
  }

  private static FetchException unknownHost(String host, Exception e) {
    String detail = e.getMessage();
    String message =
        detail != null && detail.contains(" is not a valid ")
            ? detail
            : "the host name " + host + " could not be resolved (no such host, or DNS failed)";
    return new FetchException(FetchException.Reason.UNKNOWN_HOST, message, e);
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String header(ClassicHttpResponse response, String name) {
    Header h = response.getFirstHeader(name);
    return h == null ? null : h.getValue();
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    client.close(CloseMode.GRACEFUL);
  }
}

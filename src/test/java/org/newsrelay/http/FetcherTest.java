package org.newsrelay.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsrelay.http.FetchException.Reason;

@Timeout(20)
class FetcherTest {

  private static final byte[] FEED =
      "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
          .getBytes(StandardCharsets.UTF_8);

  private final LocalHttpServer server = startServer();
  private Fetcher fetcher = fetcherAllowing("127.0.0.1");

  private static LocalHttpServer startServer() {
    try {
      return new LocalHttpServer();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Fetcher fetcherAllowing(String allow) {
    return new Fetcher(smallPolicy(AddressAllowlist.parse(allow)));
  }

  private static FetchPolicy smallPolicy(AddressAllowlist allow) {
    return FetchPolicy.defaults(allow)
        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))
        .withMaxBytes(1024 * 1024);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private FetchException failure(URI url) {
    return assertThrows(FetchException.class, () -> fetcher.fetch(url, null, null));
  }

  @Test
  void fetchesABodyWithItsValidatorsAndIntroducesItself() throws Exception {
    server.serve(
        "/feed",
        200,
        FEED,
        "Content-Type",
        "application/rss+xml; charset=utf-8",
        "ETag",
        "\"v1\"",
        "Last-Modified",
        "Tue, 01 Jul 2025 10:00:00 GMT");

    FetchResult result = fetcher.fetch(server.url("/feed"), null, null);

    assertEquals(200, result.status());
    assertArrayEquals(FEED, result.body());
    assertEquals("application/rss+xml; charset=utf-8", result.contentType());
    assertEquals("\"v1\"", result.etag());
    assertEquals("Tue, 01 Jul 2025 10:00:00 GMT", result.lastModified());
    assertFalse(result.notModified());
    assertEquals(server.url("/feed"), result.finalUrl());
    LocalHttpServer.Seen request = server.seen().get(0);
    assertEquals("newsrelay/0.1 (+https://github.com/newsrelay)", request.header("User-Agent"));
    assertTrue(
        request.header("Accept-Encoding").contains("gzip"), request.header("Accept-Encoding"));
    assertNull(request.header("If-None-Match"));
  }

  @Test
  void aMatchingEtagGivesNotModified() throws Exception {
    server.handle(
        "/feed",
        exchange -> {
          String tag = exchange.getRequestHeaders().getFirst("If-None-Match");
          if ("\"v1\"".equals(tag)) {
            LocalHttpServer.respond(exchange, 304, null, "ETag", "\"v1\"");
          } else {
            LocalHttpServer.respond(exchange, 200, FEED, "ETag", "\"v1\"");
          }
        });

    FetchResult result = fetcher.fetch(server.url("/feed"), "\"v1\"", null);

    assertTrue(result.notModified());
    assertEquals(304, result.status());
    assertEquals(0, result.body().length);
    assertEquals("\"v1\"", result.etag());
  }

  @Test
  void aLastModifiedDateIsSentAsIfModifiedSince() throws Exception {
    String date = "Tue, 01 Jul 2025 10:00:00 GMT";
    server.handle(
        "/feed",
        exchange -> {
          boolean same = date.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
          LocalHttpServer.respond(exchange, same ? 304 : 200, same ? null : FEED);
        });

    assertTrue(fetcher.fetch(server.url("/feed"), null, date).notModified());
    assertFalse(fetcher.fetch(server.url("/feed"), null, null).notModified());
  }

  @Test
  void gzipAndDeflateBodiesArriveDecoded() throws Exception {
    server.serve("/gzip", 200, gzip(FEED), "Content-Encoding", "gzip");
    server.serve("/deflate", 200, deflate(FEED), "Content-Encoding", "deflate");

    assertArrayEquals(FEED, fetcher.fetch(server.url("/gzip"), null, null).body());
    assertArrayEquals(FEED, fetcher.fetch(server.url("/deflate"), null, null).body());
  }

  @Test
  void aGzipBombEndsAsTooLarge() throws Exception {
    // 64 MB of zeros compress to about 64 KB: small on the wire, far over the 1 MB cap decoded.
    byte[] bomb = gzip(new byte[64 * 1024 * 1024]);
    assertTrue(bomb.length < 1024 * 1024);
    server.serve("/bomb", 200, bomb, "Content-Encoding", "gzip");

    FetchException e = failure(server.url("/bomb"));

    assertEquals(Reason.TOO_LARGE, e.reason());
    assertTrue(e.getMessage().contains("after decompression"), e.getMessage());
  }

  @Test
  void aPlainBodyOverTheCapEndsAsTooLarge() throws Exception {
    server.serve("/big", 200, new byte[1024 * 1024 + 1]);
    server.handle(
        "/chunked",
        exchange -> {
          exchange.sendResponseHeaders(200, 0); // chunked: no length announced
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 300; i++) {
              out.write(new byte[8192]);
            }
          } catch (IOException hungUp) {
            // Expected: the fetcher drops the connection at the cap.
          }
        });

    assertEquals(Reason.TOO_LARGE, failure(server.url("/big")).reason());
    assertEquals(Reason.TOO_LARGE, failure(server.url("/chunked")).reason());
  }

  @Test
  void followsRedirectsUpToTheLimit() throws Exception {
    for (int i = 0; i < 6; i++) {
      server.serve("/r" + i, 302, new byte[0], "Location", "/r" + (i + 1));
    }
    server.serve("/r6", 200, FEED);
    server.serve("/short", 301, new byte[0], "Location", "/r2");

    FetchResult result = fetcher.fetch(server.url("/short"), null, null);
    assertEquals(server.url("/r6"), result.finalUrl());

    FetchException e = failure(server.url("/r0"));
    assertEquals(Reason.TOO_MANY_REDIRECTS, e.reason());
    assertTrue(e.getMessage().contains("5 redirects"), e.getMessage());
  }

  @Test
  void aRedirectToLoopbackIsRefusedEvenFromAnAllowedServer() throws Exception {
    // Only the name "localhost" is allowed, so the test server is reachable, 127.0.0.1 is not.
    fetcher.close();
    fetcher = fetcherAllowing("localhost");
    server.serve("/hop", 302, new byte[0], "Location", server.url("/secret").toString());
    server.serve("/secret", 200, FEED);

    FetchException e =
        assertThrows(
            FetchException.class, () -> fetcher.fetch(server.localhostUrl("/hop"), null, null));

    assertEquals(Reason.BLOCKED_ADDRESS, e.reason());
    assertTrue(e.getMessage().contains("loopback"), e.getMessage());
    assertTrue(server.seen().stream().noneMatch(s -> s.path().equals("/secret")));
  }

  @Test
  void aRedirectToTheCloudMetadataAddressIsRefused() throws Exception {
    server.serve("/hop", 302, new byte[0], "Location", "http://169.254.169.254/latest/meta-data/");

    FetchException e = failure(server.url("/hop"));

    assertEquals(Reason.BLOCKED_ADDRESS, e.reason());
    assertTrue(e.getMessage().contains("link-local"), e.getMessage());
  }

  @Test
  void aRedirectToAFileUrlIsRefused() {
    server.serve("/hop", 302, new byte[0], "Location", "file:///etc/passwd");

    assertEquals(Reason.BAD_URL, failure(server.url("/hop")).reason());
  }

  @Test
  void aNameThatResolvesToLoopbackIsRefusedWhenConnecting() {
    fetcher.close();
    fetcher = new Fetcher(smallPolicy(AddressAllowlist.none()));
    server.serve("/feed", 200, FEED);

    FetchException e = failure(server.localhostUrl("/feed"));

    assertEquals(Reason.BLOCKED_ADDRESS, e.reason());
    assertTrue(e.getMessage().contains("localhost resolves to 127.0.0.1"), e.getMessage());
    assertTrue(server.seen().isEmpty(), "no request may reach a refused address");
  }

  @Test
  void onlyHttpAndHttpsAreFetched() {
    for (String url :
        new String[] {"file:///etc/passwd", "gopher://example.com:70/1", "ftp://example.com/f"}) {
      FetchException e = failure(URI.create(url));
      assertEquals(Reason.BAD_URL, e.reason(), url);
      assertTrue(e.getMessage().startsWith("only http and https"), e.getMessage());
    }
    assertEquals(Reason.BAD_URL, failure(URI.create("mailto:news@example.com")).reason());
    assertEquals(Reason.BAD_URL, failure(URI.create("/relative/feed.xml")).reason());
  }

  @Test
  void otherSpellingsOfLoopbackAreRefused() {
    fetcher.close();
    fetcher = new Fetcher(smallPolicy(AddressAllowlist.none()));
    for (String url :
        new String[] {
          "http://2130706433/",
          "http://0177.0.0.1/",
          "http://0x7f.1/",
          "http://127.1/",
          "http://0x7f000001/",
          "http://[::ffff:127.0.0.1]/",
          "http://[::ffff:7f00:1]/",
          "http://[::127.0.0.1]/",
          "http://[64:ff9b::127.0.0.1]/",
          "http://[2002:7f00:1::]/",
          "http://[::1]/",
          "http://[fd00::1]/",
          "http://0.0.0.0/",
          "http://10.1.2.3/",
          "http://100.64.0.1/",
          "http://224.0.0.1/",
          "http://255.255.255.255/"
        }) {
      FetchException e =
          assertThrows(FetchException.class, () -> fetcher.checkUrl(URI.create(url)));
      assertEquals(Reason.BLOCKED_ADDRESS, e.reason(), url + ": " + e.getMessage());
      FetchException fetched = failure(URI.create(url));
      assertEquals(Reason.BLOCKED_ADDRESS, fetched.reason(), url + ": " + fetched.getMessage());
    }
  }

  @Test
  void anUnusualSpellingOfAPublicAddressIsABadUrl() {
    FetchException e =
        assertThrows(
            FetchException.class, () -> fetcher.checkUrl(URI.create("http://0x08080808/")));
    assertEquals(Reason.BAD_URL, e.reason());
    assertTrue(e.getMessage().contains("8.8.8.8"), e.getMessage());
  }

  @Test
  void checkUrlAcceptsAnAllowedAddressAndRefusesAnUnknownHost() throws Exception {
    fetcher.checkUrl(server.url("/feed"));
    FetchException e =
        assertThrows(
            FetchException.class,
            () -> fetcher.checkUrl(URI.create("http://no-such-host.invalid/feed")));
    assertEquals(Reason.UNKNOWN_HOST, e.reason());
  }

  @Test
  void tooManyRequestsReportsRetryAfterInSeconds() {
    server.serve("/busy", 429, new byte[0], "Retry-After", "120");

    FetchException e = failure(server.url("/busy"));

    assertEquals(Reason.HTTP_STATUS, e.reason());
    assertEquals(429, e.httpStatus());
    assertEquals(Duration.ofSeconds(120), e.retryAfter());
    assertTrue(e.getMessage().contains("429"), e.getMessage());
  }

  @Test
  void unavailableReportsRetryAfterGivenAsADate() {
    String inTenMinutes =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(10));
    server.serve(
        "/down", 503, "down".getBytes(StandardCharsets.UTF_8), "Retry-After", inTenMinutes);

    FetchException e = failure(server.url("/down"));

    assertEquals(503, e.httpStatus());
    assertTrue(
        e.retryAfter().compareTo(Duration.ofMinutes(8)) > 0
            && e.retryAfter().compareTo(Duration.ofMinutes(11)) < 0,
        String.valueOf(e.retryAfter()));
  }

  @Test
  void notFoundIsAnHttpStatusFailure() {
    server.serve("/gone", 404, "nope".getBytes(StandardCharsets.UTF_8));

    FetchException e = failure(server.url("/gone"));

    assertEquals(Reason.HTTP_STATUS, e.reason());
    assertEquals(404, e.httpStatus());
    assertNull(e.retryAfter());
  }

  @Test
  void aServerThatDripsOneByteASecondEndsAsTimeout() throws Exception {
    try (RawSocketServer drip =
        new RawSocketServer(
            (in, out) -> {
              RawSocketServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
              for (int i = 0; i < 1000; i++) {
                RawSocketServer.write(out, "x");
                Thread.sleep(1000);
              }
            })) {
      assertEquals(Reason.TIMEOUT, failure(drip.url("/feed")).reason());
    }
  }

  @Test
  void aServerThatDripsItsHeadersEndsAsTimeout() throws Exception {
    try (RawSocketServer drip =
        new RawSocketServer(
            (in, out) -> {
              RawSocketServer.write(out, "HTTP/1.1 200 OK\r\n");
              for (int i = 0; i < 1000; i++) {
                RawSocketServer.write(out, "X-Pad: " + i + "\r\n");
                Thread.sleep(400);
              }
            })) {
      assertEquals(Reason.TIMEOUT, failure(drip.url("/feed")).reason());
    }
  }

  @Test
  void aServerThatNeverClosesEndsAsTimeout() throws Exception {
    try (RawSocketServer stall =
        new RawSocketServer(
            (in, out) -> {
              // No length and no chunking: the body only ends when the server closes. It never
              // does.
              RawSocketServer.write(out, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n<rss>");
              Thread.sleep(60_000);
            })) {
      assertEquals(Reason.TIMEOUT, failure(stall.url("/feed")).reason());
    }
  }

  @Test
  void aServerThatNeverAnswersEndsAsTimeout() throws Exception {
    try (RawSocketServer silent = new RawSocketServer((in, out) -> Thread.sleep(60_000))) {
      FetchException e = failure(silent.url("/feed"));
      assertEquals(Reason.TIMEOUT, e.reason());
      assertTrue(e.getMessage().contains("2 s"), e.getMessage());
    }
  }

  @Test
  void anEndlessHeaderLineIsRefusedLongBeforeMemoryRunsOut() throws Exception {
    try (RawSocketServer flood =
        new RawSocketServer(
            (in, out) -> {
              RawSocketServer.write(out, "HTTP/1.1 200 OK\r\nX-Flood: ");
              byte[] chunk = new byte[64 * 1024];
              java.util.Arrays.fill(chunk, (byte) 'a');
              for (int i = 0; i < 10_000; i++) {
                out.write(chunk);
              }
            })) {
      FetchException e = failure(flood.url("/feed"));
      assertEquals(Reason.IO, e.reason());
      assertTrue(e.getMessage().contains("fetching"), e.getMessage());
    }
  }

  @Test
  void aClosedPortIsAConnectFailure() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    FetchException e = failure(URI.create("http://127.0.0.1:" + port + "/feed"));
    assertEquals(Reason.CONNECT_FAILED, e.reason());
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  private static byte[] deflate(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  @Test
  void postsAFormAndReportsTheAnswerWhateverItsStatus() throws Exception {
    server.handle(
        "/hub",
        exchange -> {
          String form =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String type = exchange.getRequestHeaders().getFirst("Content-Type");
          boolean ok =
              form.equals("hub.mode=subscribe&hub.topic=https%3A%2F%2Fwire.example%2Ff%3Fa%3D1")
                  && type.startsWith("application/x-www-form-urlencoded");
          LocalHttpServer.respond(
              exchange, ok ? 202 : 400, (ok ? "" : "got " + form).getBytes(StandardCharsets.UTF_8));
        });
    var form = new java.util.LinkedHashMap<String, String>();
    form.put("hub.mode", "subscribe");
    form.put("hub.topic", "https://wire.example/f?a=1");

    Fetcher.FormAnswer answer = fetcher.postForm(server.url("/hub"), form);
    assertEquals(202, answer.status(), answer.body());
    assertTrue(answer.accepted());

    server.serve("/refusing", 409, "topic not served".getBytes(StandardCharsets.UTF_8));
    Fetcher.FormAnswer refused = fetcher.postForm(server.url("/refusing"), form);
    assertEquals(409, refused.status());
    assertFalse(refused.accepted());
    assertEquals("topic not served", refused.body());
  }

  @Test
  void aFormIsNotPostedToAPrivateAddress() {
    fetcher.close();
    fetcher = fetcherAllowing("");
    FetchException e =
        assertThrows(
            FetchException.class,
            () -> fetcher.postForm(server.url("/hub"), java.util.Map.of("hub.mode", "subscribe")));
    assertEquals(Reason.BLOCKED_ADDRESS, e.reason());
    assertTrue(server.seen().isEmpty(), "nothing reached the loopback server");
  }
}

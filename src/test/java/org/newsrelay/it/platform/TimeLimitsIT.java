package org.newsrelay.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Editor;
import org.newsrelay.it.support.FeedHealth;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.Problems;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.TestDatabase;
import org.newsrelay.it.support.WebSubSubscriber;
import org.newsrelay.it.support.Wire;

/**
 * Issue 12, class 5, through HTTP: a stalled database answers 503 with Retry-After within seconds
 * while liveness and cached feeds still answer; no topic lookup waits on an I/O thread; an inbox
 * item left pending by an outage is taken up without a restart; a trickling WebSub subscriber is
 * cut off without holding up another; anonymous doors refuse a large body before reading it. The
 * database is stalled by a lock that the test holds from its own connection, released in finally.
 */
class TimeLimitsIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(90);

  @Test
  void aStalledStoryTableAnswers503WhileLivenessAndCachedFeedsAnswer() throws Exception {
    String id =
        wire.push(
            Wire.story(
                "en",
                "Time limits story " + UUID.randomUUID(),
                Copy.distinct("Stall"),
                Instant.now()));
    Http.eventually(
        WAIT,
        () -> reader.get("/feeds/en/all.atom"),
        r -> r.statusCode() == 200 && Feeds.entry(Feeds.atom(r.body()), id).isPresent());
    String etag = reader.get("/feeds/en/all.atom").headers().firstValue("ETag").orElseThrow();
    String uncached = "/feeds/en/all.atom?limit=" + ThreadLocalRandom.current().nextInt(2, 99);

    try (Locked lock = new Locked("story")) {
      HttpResponse<String> feed = reader.get(uncached);
      assertUnavailable(feed);
      HttpResponse<String> api = editor.stories("lang=en");
      assertUnavailable(api);

      assertEquals(200, reader.get("/health/live").statusCode());
      HttpResponse<String> cached = reader.get("/feeds/en/all.atom");
      assertEquals(200, cached.statusCode(), cached.body());
      assertEquals(etag, cached.headers().firstValue("ETag").orElse(null), "from the cache");
    }

    Http.eventually(WAIT, () -> reader.get(uncached), r -> r.statusCode() == 200);
    assertEquals(200, editor.stories("lang=en").statusCode());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aStalledAccountTableAnswers503NotAnErrorPage() throws Exception {
    // Who is calling is asked before any resource runs: the answer must still be a problem.
    String password = "stalled-account-password";
    String user = "stalled-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(
        201,
        http.postJson(
                "/api/v1/users",
                "{\"username\": \""
                    + user
                    + "\", \"password\": \""
                    + password
                    + "\", \"roles\": [\"editor\"]}")
            .statusCode());
    Editor stalled = new Editor(new Http(base, user, password), user);
    try (Locked lock = new Locked("app_user")) {
      assertUnavailable(stalled.stories("lang=en"));
      assertEquals(200, reader.get("/health/live").statusCode());
    }
    assertEquals(200, stalled.stories("lang=en").statusCode());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void moreRequestsThanConnectionsAllAnswer503() throws Exception {
    // More than the pool's 30 connections and the worker threads: those without a connection wait
    // for one (NEWSRELAY_DB_POOL_WAIT at most) and then for their statement, and no longer.
    HttpClient parallel = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String uncached = "/feeds/en/all.rss?limit=" + ThreadLocalRandom.current().nextInt(2, 99);
    try (Locked lock = new Locked("story")) {
      List<CompletableFuture<HttpResponse<String>>> waiting =
          IntStream.range(0, 40)
              .mapToObj(
                  i ->
                      parallel.sendAsync(
                          http.request(uncached).GET().build(),
                          HttpResponse.BodyHandlers.ofString()))
              .toList();
      for (CompletableFuture<HttpResponse<String>> request : waiting) {
        assertUnavailable(request.get(60, TimeUnit.SECONDS));
      }
    }
    Http.eventually(WAIT, () -> reader.get(uncached), r -> r.statusCode() == 200);
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aTopicLookupNeverWaitsOnAnIoThread() throws Exception {
    assertEquals(200, reader.get("/feeds/en/all.atom").statusCode());
    // More than Undertow's I/O threads, each on a connection of its own.
    HttpClient parallel = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (Locked lock = new Locked("topic")) {
      List<CompletableFuture<HttpResponse<String>>> stuck =
          IntStream.range(0, 12)
              .mapToObj(
                  i ->
                      parallel.sendAsync(
                          http.request("/feeds/en/all.x" + i + ".atom").GET().build(),
                          HttpResponse.BodyHandlers.ofString()))
              .toList();
      Thread.sleep(1000);

      assertEquals(200, reader.get("/health/live").statusCode());
      assertEquals(200, reader.get("/feeds/en/all.atom").statusCode());
      // Both answered while the topic lookups still waited on the lock (5 s at the least).
      assertTrue(
          stuck.stream().anyMatch(f -> !f.isDone()), "the lookups were still waiting meanwhile");

      for (CompletableFuture<HttpResponse<String>> request : stuck) {
        assertUnavailable(request.get(30, TimeUnit.SECONDS));
      }
    }

    Problems.assertProblem(404, reader.get("/feeds/en/all.x0.atom"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void anItemLeftPendingByAnOutageIsTakenUpWithoutARestart() throws Exception {
    String headline = "Time limits original " + UUID.randomUUID();
    String body = Copy.distinct("Outage");
    String original = wire.push(Wire.story("en", headline, body, Instant.now()));
    editor.awaitStatus(original, "published");

    // The state an outage leaves: an item committed ten minutes ago whose message never came
    // through (its deliveries failed while the database was away).
    UUID left = UUID.randomUUID();
    String uri = "urn:newsrelay:time-it:" + UUID.randomUUID();
    String leftHeadline = "Time limits left pending " + UUID.randomUUID();
    try (Connection db = database();
        PreparedStatement copy =
            db.prepareStatement(
                "insert into inbox_item (id, origin, guid, story_id, content_type, payload,"
                    + " ninjs, received_at, status, attempts)"
                    + " select ?, origin, ?, ?, content_type, payload,"
                    + " replace(replace(replace(ninjs, guid, ?), ?, ?), ?, ?),"
                    + " ?, 'pending', 0 from inbox_item where story_id = ?")) {
      copy.setObject(1, UUID.randomUUID());
      copy.setString(2, uri);
      copy.setObject(3, left);
      copy.setString(4, uri);
      copy.setString(5, headline);
      copy.setString(6, leftHeadline);
      copy.setString(7, body);
      copy.setString(8, Copy.distinct("Pending"));
      copy.setObject(9, java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))));
      copy.setObject(10, UUID.fromString(original));
      assertEquals(1, copy.executeUpdate());
    }

    HttpResponse<String> stored =
        Http.eventually(
            WAIT,
            () -> editor.read(left.toString()),
            r -> r.statusCode() == 200 && Http.json(r).getString("status").equals("published"));
    assertEquals(uri, Http.json(stored).getString("uri"), stored.body());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aTricklingSubscriberIsCutOffAndHoldsUpNoOther() throws Exception {
    // Only the PostgreSQL test server allows callbacks on loopback (NEWSRELAY_FETCH_ALLOW).
    Assumptions.assumeFalse(
        "h2".equals(System.getProperty("arquillian.launch")), "needs the PostgreSQL test server");
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    String topic = http.uri("/feeds/en/all.atom").toString();
    try (Trickler trickler = new Trickler();
        WebSubSubscriber normal = new WebSubSubscriber(2)) {
      String slow = subscribe(partner, topic, trickler.url());
      subscribe(partner, topic, normal.url("/normal"));

      String story = wire.publish("Time limits WebSub " + UUID.randomUUID());
      WebSubSubscriber.Received received =
          Http.eventually(
                  WAIT,
                  () ->
                      normal.deliveries().stream()
                          .filter(r -> story.equals(r.header("X-Newsrelay-Story")))
                          .findFirst(),
                  java.util.Optional::isPresent)
              .orElseThrow();

      // The trickler's exchange is cut off at its deadline, and says so in the delivery log.
      Http.eventually(WAIT, () -> cutOffAttempts(partner, slow), n -> n > 0);
      // The trickler learns of the hang-up at its next write or the one after (a closed socket
      // takes one write into the kernel's buffer): up to two of its one-second beats later.
      assertTrue(
          Http.eventually(WAIT, trickler.cutOffAt::get, at -> at != 0) != 0,
          "the hub hung up on the trickler");
      assertTrue(
          received.nanos() < trickler.cutOffAt.get(),
          "the other subscriber had its delivery before the trickler was cut off");
    }
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void anonymousDoorsRefuseALargeBodyBeforeReadingIt() throws Exception {
    // Headers that announce a megabyte, and no body at all: an answer means nothing was read.
    assertTrue(
        rawStatus("POST /websub", "application/x-www-form-urlencoded", 1_000_000).contains(" 413"));
    assertTrue(rawStatus("POST /api/v1/session", "application/json", 1_000_000).contains(" 413"));
    assertTrue(
        rawStatus("POST /websub/callback/" + UUID.randomUUID(), "application/atom+xml", 5_000_000)
            .contains(" 410"));

    // A small anonymous hub request is refused for who it is.
    HttpResponse<String> anonymous = Partner.hub(http, null, Map.of("hub.mode", "subscribe"));
    Problems.assertProblem(401, anonymous);
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  private static void assertUnavailable(HttpResponse<String> response) {
    Problems.assertProblem(503, response);
    assertTrue(response.headers().firstValue("Retry-After").isPresent(), "Retry-After");
  }

  private static String subscribe(Partner partner, String topic, String callback) {
    HttpResponse<String> accepted = partner.subscribe(topic, callback, null, 600);
    assertEquals(202, accepted.statusCode(), accepted.body());
    String id = Http.json(accepted).getString("subscription");
    assertEquals("active", partner.awaitDecided(id).getString("state"));
    return id;
  }

  /** How many attempts at the subscription's deliveries the hub logged as cut off. */
  private static long cutOffAttempts(Partner partner, String subscription) {
    return partner.deliveries(subscription).stream()
        .flatMap(d -> d.getJsonArray("log").getValuesAs(JsonObject.class).stream())
        .filter(attempt -> attempt.getString("error", "").contains("cut off"))
        .count();
  }

  /** Sends a request's head alone and reads the status line the server answers with. */
  private String rawStatus(String requestLine, String contentType, long declaredLength)
      throws IOException {
    URI uri = http.uri("/");
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      String head =
          requestLine
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nContent-Type: "
              + contentType
              + "\r\nContent-Length: "
              + declaredLength
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String status =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return String.valueOf(status);
    }
  }

  private static Connection database() throws SQLException {
    return TestDatabase.connect();
  }

  /** A table locked against every reader until closed: the database, stalled. */
  private static final class Locked implements AutoCloseable {
    private final Connection db;

    Locked(String table) throws SQLException {
      db = database();
      db.setAutoCommit(false);
      try (Statement lock = db.createStatement()) {
        lock.execute("lock table " + table + " in access exclusive mode");
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        db.rollback();
      } finally {
        db.close();
      }
    }
  }

  /**
   * A subscriber that confirms its subscription at once and then answers each delivery a byte a
   * second, for far longer than any read timeout.
   */
  private static final class Trickler implements AutoCloseable {
    /** System.nanoTime() when the hub first hung up mid-answer, or 0. */
    final AtomicLong cutOffAt = new AtomicLong();

    private final ServerSocket server;
    private final Thread acceptor;

    Trickler() throws IOException {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      acceptor = new Thread(this::accept, "trickler");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getLocalPort() + "/trickle";
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          Socket socket = server.accept();
          Thread answer = new Thread(() -> answer(socket), "trickler-answer");
          answer.setDaemon(true);
          answer.start();
        } catch (IOException closed) {
          return;
        }
      }
    }

    private void answer(Socket socket) {
      try (socket) {
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        String head = readHead(in);
        String requestLine = head.substring(0, head.indexOf('\r'));
        if (requestLine.startsWith("GET")) {
          String query = requestLine.split(" ")[1];
          String challenge = "";
          for (String pair : query.substring(query.indexOf('?') + 1).split("&")) {
            if (pair.startsWith("hub.challenge=")) {
              challenge = URLDecoder.decode(pair.substring(14), StandardCharsets.UTF_8);
            }
          }
          byte[] bytes = challenge.getBytes(StandardCharsets.UTF_8);
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                      + "Content-Length: "
                      + bytes.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          out.write(bytes);
          out.flush();
          return;
        }
        int length = 0;
        for (String line : head.split("\r\n")) {
          if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(line.substring(15).strip());
          }
        }
        in.readNBytes(length);
        try {
          out.write("HTTP/1.1 200 OK\r\nContent-Length: 600\r\n\r\n".getBytes());
          for (int i = 0; i < 600; i++) {
            out.write('.');
            out.flush();
            Thread.sleep(1000);
          }
        } catch (IOException dropped) {
          cutOffAt.compareAndSet(0, System.nanoTime());
        }
      } catch (IOException | InterruptedException | RuntimeException e) {
        // The test is over, or the hub hung up.
      }
    }

    private static String readHead(InputStream in) throws IOException {
      StringBuilder head = new StringBuilder();
      int b;
      while ((b = in.read()) >= 0) {
        head.append((char) b);
        if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
          break;
        }
      }
      return head.toString();
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}

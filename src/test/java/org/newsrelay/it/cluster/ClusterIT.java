package org.newsrelay.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsrelay.it.support.Http;

/**
 * Two nodes and WildFly's balancer on one PostgreSQL, started by {@code scripts/cluster.sh} as an
 * operator would: a change made through one node reaches the other's warm feed, a key revoked on
 * one is refused by the other, and a node killed with SIGKILL in the middle of a stream of pushes
 * loses nothing the balancer accepted. Its ports are 2900 above the suite's (3000 by default), its
 * database is the suite's name with "_cluster".
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  private static final String PASSWORD = "cluster-it-password";
  private static final int OFFSET = 2900 + Integer.getInteger("it.port.offset", 100);
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static String dbUrl;
  private static Http balancer;
  private static Http node1;
  private static Http node2;

  @BeforeAll
  static void up() throws Exception {
    Assumptions.assumeFalse(
        "h2".equals(System.getProperty("arquillian.launch")),
        "ClusterIT runs with the PostgreSQL suite");
    Assumptions.assumeTrue(
        System.getProperty("it.db.url", "").startsWith("jdbc:postgresql:"),
        "ClusterIT needs PostgreSQL (it.db.url)");
    String suite = System.getProperty("it.db.url");
    String server = suite.substring(0, suite.lastIndexOf('/'));
    String name = suite.substring(suite.lastIndexOf('/') + 1) + "_cluster";
    try (Connection db = admin(server + "/postgres");
        Statement statement = db.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    }
    dbUrl = server + "/" + name;
    run(Duration.ofMinutes(8), "up", "2");
    balancer = http(8080);
    node1 = http(8180);
    node2 = http(8280);
  }

  @AfterAll
  static void down() throws Exception {
    if (dbUrl != null) {
      run(Duration.ofMinutes(2), "down");
    }
  }

  @Test
  @Order(1)
  void aStoryPushedThroughTheBalancerIsInBothNodesWarmFeeds() {
    for (Http node : List.of(node1, node2)) {
      assertEquals(200, node.get("/feeds/en/all.atom").statusCode());
    }
    String headline = "Cluster warm feeds " + UUID.randomUUID();
    push(balancer, headline);
    for (Http node : List.of(node1, node2)) {
      Http.eventually(
          Duration.ofSeconds(10),
          () -> node.get("/feeds/en/all.atom").body(),
          body -> body.contains(headline));
    }
  }

  @Test
  @Order(2)
  void aKeyRevokedOnOneNodeIsRefusedByTheOtherWithinASecond() {
    HttpResponse<String> created =
        node1.postJson(
            "/api/v1/partners",
            "{\"name\": \"Cluster outlet "
                + UUID.randomUUID()
                + "\", \"roles\": [\"subscriber\"], \"entitlements\": {\"languages\": [\"en\"],"
                + " \"topics\": []}}");
    assertEquals(201, created.statusCode(), created.body());
    String partner = Http.json(created).getString("id");
    HttpResponse<String> issued = node1.postJson("/api/v1/partners/" + partner + "/keys", "{}");
    assertEquals(201, issued.statusCode(), issued.body());
    String key = Http.json(issued).getString("key");
    String keyId = Http.json(issued).getString("id");
    Http withKey = node2.withKey(key);
    assertEquals(200, withKey.getAuthorized("/feeds/en/all.atom").statusCode());
    assertEquals(
        200, withKey.getAuthorized("/feeds/en/all.atom").statusCode(), "now cached on node 2");
    assertEquals(
        204,
        node1.call("DELETE", "/api/v1/partners/" + partner + "/keys/" + keyId, null).statusCode());
    // Within a second, as issue 16 asks: the token's replication may trail the DELETE's answer.
    long revoked = System.nanoTime();
    Http.eventually(
        Duration.ofSeconds(1),
        () -> withKey.getAuthorized("/feeds/en/all.atom").statusCode(),
        s -> s == 401);
    System.out.println(
        "ClusterIT: a key revoked on node 1 was refused by node 2 after "
            + Duration.ofNanos(System.nanoTime() - revoked).toMillis()
            + " ms");
  }

  /**
   * Pushes through the balancer from four clients while node 2 is killed with SIGKILL: every story
   * answered 202 is published (by node 1, since node 2 stays down), each once.
   */
  @Test
  @Order(3)
  void aNodeKilledMidStreamLosesNoAcceptedStory() throws Exception {
    String run = UUID.randomUUID().toString();
    ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
    AtomicInteger sent = new AtomicInteger();
    int total = 600;
    ExecutorService clients = Executors.newFixedThreadPool(4);
    for (int c = 0; c < 4; c++) {
      clients.submit(
          () -> {
            int i;
            while ((i = sent.getAndIncrement()) < total) {
              try {
                HttpResponse<String> answer =
                    balancer.postJson(
                        "/api/v1/stories", story("urn:cluster-it:" + run + ":" + i, "Kill " + i));
                if (answer.statusCode() == 202) {
                  accepted.add(Http.json(answer).getString("id"));
                }
              } catch (RuntimeException refused) {
                // A connection the killed node dropped: not accepted, so not owed.
              }
            }
          });
    }
    Http.eventually(Duration.ofSeconds(120), accepted::size, n -> n >= total / 4);
    kill("node-2");
    clients.shutdown();
    assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES));
    assertTrue(accepted.size() >= total / 2, accepted.size() + " of " + total + " accepted");

    // Every 202 is owed a published story. A push the dying node committed but never answered may
    // be stored too (its wire would push it again and meet it), so the stored ones may be more.
    List<String> owed = List.copyOf(accepted);
    long started = System.nanoTime();
    Http.eventually(Duration.ofMinutes(4), () -> published(owed), n -> n == owed.size());
    long took = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    assertEquals(0, duplicates(run), "each pushed uri stored once");
    System.out.println(
        "ClusterIT: "
            + accepted.size()
            + " of "
            + total
            + " pushes accepted, node 2 killed; all published within "
            + took
            + " s of the last push");
  }

  private static String story(String uri, String headline) {
    return "{\"uri\": \""
        + uri
        + "\", \"headline\": \""
        + headline
        + "\", \"body_text\": \"A story pushed while a node dies.\", \"language\": \"en\","
        + " \"versioncreated\": \""
        + Instant.now()
        + "\"}";
  }

  private static void push(Http http, String headline) {
    HttpResponse<String> answer =
        http.postJson("/api/v1/stories", story("urn:cluster-it:" + UUID.randomUUID(), headline));
    assertEquals(202, answer.statusCode(), answer.body());
  }

  /** How many of these accepted stories are published. */
  private static long published(List<String> ids) {
    return count(
        "select count(*) from story where id = any(?) and status = 'published'",
        db -> db.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
  }

  /** Uris of this run stored as more than one story. */
  private static long duplicates(String run) {
    return count(
        "select count(*) - count(distinct uri) from story where uri like ?",
        db -> "urn:cluster-it:" + run + ":%");
  }

  private interface Parameter {
    Object of(Connection db) throws SQLException;
  }

  private static long count(String sql, Parameter parameter) {
    try (Connection db = admin(dbUrl);
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setObject(1, parameter.of(db));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection admin(String url) throws SQLException {
    return DriverManager.getConnection(
        url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
  }

  private static void kill(String node) throws Exception {
    Path pid = ROOT.resolve("target/cluster/" + node + "/server.pid");
    new ProcessBuilder("kill", "-9", Files.readString(pid).strip()).inheritIO().start().waitFor();
  }

  private static Http http(int port) throws Exception {
    return new Http(new URL("http://127.0.0.1:" + (port + OFFSET) + "/"), "admin", PASSWORD);
  }

  private static void run(Duration limit, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", "scripts/cluster.sh"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    Map<String, String> env = builder.environment();
    env.put("CLUSTER_PORT_OFFSET", Integer.toString(OFFSET));
    env.put("NEWSRELAY_DB_URL", dbUrl);
    env.put("NEWSRELAY_DB_USER", System.getProperty("it.db.user"));
    env.put("NEWSRELAY_DB_PASSWORD", System.getProperty("it.db.password", ""));
    env.put("NEWSRELAY_ADMIN_PASSWORD", PASSWORD);
    File log = ROOT.resolve("target/cluster-it-" + arguments[0] + ".log").toFile();
    builder.redirectErrorStream(true).redirectOutput(log);
    Process process = builder.start();
    if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("scripts/cluster.sh " + String.join(" ", arguments) + " timed out");
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "scripts/cluster.sh " + String.join(" ", arguments) + " failed: " + tail(log.toPath()));
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }
}

package org.newsrelay.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ingest benchmark: pushes a mix of English and Chinese ninjs stories over HTTP from many
 * connections, then asks PostgreSQL how long each took from its 202 (the inbox row's commit) to
 * visible (the stored story's commit), and how many were processed per second. Run on demand; see
 * docs/benchmarks.md.
 *
 * <p>Arguments: base URL, admin password, stories, connections, JDBC URL of the server's database,
 * optionally stories per request (default 1; more sends JSON arrays, as a wire sends a batch), and
 * optionally an offered rate in stories per second (default 0: as fast as the server answers).
 */
public final class IngestLoad {
  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
    int stories = Integer.parseInt(args[2]);
    int connections = Integer.parseInt(args[3]);
    String jdbc = args[4];
    int perRequest = args.length > 5 ? Integer.parseInt(args[5]) : 1;
    // Offered load: requests start on a schedule, whatever the server's pace (0: as fast as it
    // takes them). A closed loop that waits for each answer hides queueing delay.
    double rate = args.length > 6 ? Double.parseDouble(args[6]) : 0;
    String run = "bench-" + UUID.randomUUID();
    String[] englishWords = sample("people-news-deepseek.txt").split("\\s+");
    String[] chineseWords =
        sample("deepseek-cost.zh-Hans.txt")
            .codePoints()
            .filter(Character::isIdeographic)
            .mapToObj(Character::toString)
            .toArray(String[]::new);

    HttpClient client =
        HttpClient.newBuilder().executor(Executors.newFixedThreadPool(connections)).build();
    ExecutorService senders = Executors.newFixedThreadPool(connections);
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    long start = System.nanoTime();
    for (int first = 0; first < stories; first += perRequest) {
      int from = first;
      int to = Math.min(stories, first + perRequest);
      if (rate > 0) {
        long due = start + (long) (first / rate * 1e9);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
      senders.submit(
          () -> {
            // Every story is different copy, as on a real wire: words drawn from the samples.
            StringBuilder body = new StringBuilder(perRequest > 1 ? "[" : "");
            for (int n = from; n < to; n++) {
              String uri = "urn:" + run + ":" + n;
              body.append(n > from ? "," : "")
                  .append(
                      n % 2 == 0
                          ? ninjs(uri, "en", copy(englishWords, " ", 80))
                          : ninjs(uri, "zh-Hans", copy(chineseWords, "", 240)));
            }
            body.append(perRequest > 1 ? "]" : "");
            HttpRequest request =
                HttpRequest.newBuilder(base.resolve("api/v1/stories"))
                    .header("Authorization", auth)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            try {
              int status =
                  client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
              (status == 202 ? accepted : refused).addAndGet(to - from);
            } catch (IOException | InterruptedException e) {
              refused.addAndGet(to - from);
            }
          });
    }
    senders.shutdown();
    senders.awaitTermination(1, TimeUnit.HOURS);
    double pushSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "pushed %d stories (%d refused), %d per request, over %d connections%s in %.1f s:"
            + " %.0f accepted/s%n",
        accepted.get(),
        refused.get(),
        perRequest,
        connections,
        rate > 0 ? String.format(" offered at %.0f/s", rate) : "",
        pushSeconds,
        accepted.get() / pushSeconds);

    var login = new java.util.Properties();
    login.setProperty("user", "postgres");
    login.setProperty("password", "postgres");
    // So that scripts/ingest/benchmark.sh leaves this connection out of the server's CPU figures.
    login.setProperty("ApplicationName", "IngestLoad");
    try (Connection db = DriverManager.getConnection(jdbc, login)) {
      String pending =
          "select count(*) from story s join inbox_item i on i.story_id = s.id where s.uri like ?";
      Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
      int stored = 0;
      while (Instant.now().isBefore(deadline)) {
        try (var statement = db.prepareStatement(pending)) {
          statement.setString(1, "urn:" + run + ":%");
          ResultSet rs = statement.executeQuery();
          rs.next();
          stored = rs.getInt(1);
        }
        if (stored >= accepted.get()) {
          break;
        }
        // Counting scans the stories; asked often, it would be a load of its own.
        Thread.sleep(2000);
      }
      String figures =
          "select count(*),"
              + " extract(epoch from max(s.updated_at) - min(i.received_at)),"
              + " percentile_cont(0.5) within group (order by extract(epoch from s.updated_at - i.received_at)),"
              + " percentile_cont(0.99) within group (order by extract(epoch from s.updated_at - i.received_at)),"
              + " max(extract(epoch from s.updated_at - i.received_at)),"
              + " extract(epoch from max(s.updated_at))"
              + " from story s join inbox_item i on i.story_id = s.id where s.uri like ?";
      try (var statement = db.prepareStatement(figures)) {
        statement.setString(1, "urn:" + run + ":%");
        ResultSet rs = statement.executeQuery();
        rs.next();
        int count = rs.getInt(1);
        double span = rs.getDouble(2);
        System.out.printf(
            "visible %d stories; first 202 to last visible %.1f s: %.0f stories/s sustained;"
                + " 202 to visible p50 %.0f ms, p99 %.0f ms, max %.0f ms; last visible at %.3f%n",
            count,
            span,
            count / span,
            rs.getDouble(3) * 1000,
            rs.getDouble(4) * 1000,
            rs.getDouble(5) * 1000,
            rs.getDouble(6));
      }
    }
    System.exit(0);
  }

  /**
   * Copy of its own for every story: the samples' words mixed half and half with made-up ones, so
   * that stories do not share one small vocabulary (which would make them all near-duplicates).
   */
  private static String copy(String[] words, String separator, int length) {
    var random = java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (random.nextBoolean()) {
        text.append(words[random.nextInt(words.length)]);
      } else if (separator.isEmpty()) {
        text.appendCodePoint(0x4E00 + random.nextInt(0x1400));
      } else {
        for (int c = 3 + random.nextInt(6); c > 0; c--) {
          text.append((char) ('a' + random.nextInt(26)));
        }
      }
      text.append(separator);
      if (i % 20 == 19) {
        text.append(separator.isEmpty() ? "。" : ". ");
      }
    }
    return text.toString().strip();
  }

  private static String ninjs(String uri, String language, String body) {
    return jakarta.json.Json.createObjectBuilder()
        .add("uri", uri)
        .add("language", language)
        .add("body_text", body)
        .add("versioncreated", Instant.now().toString())
        .build()
        .toString();
  }

  private static String sample(String name) throws IOException {
    try (InputStream in = IngestLoad.class.getResourceAsStream("/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

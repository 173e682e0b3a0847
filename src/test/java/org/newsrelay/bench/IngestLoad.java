package org.newsrelay.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ingest benchmark: pushes ninjs stories over HTTP from many connections, then asks PostgreSQL how
 * long each took from its 202 (the inbox row's commit) to visible (the stored story's commit), and
 * how many were processed per second. Run on demand; see docs/benchmarks.md.
 *
 * <p>Arguments: base URL, admin password, stories, connections, JDBC URL of the server's database,
 * optionally stories per request (default 1; more sends JSON arrays, as a wire sends a batch),
 * optionally an offered rate in stories per second (default 0: as fast as the server answers), and
 * optionally the copy's language: {@code en}, {@code zh-Hans} or {@code mixed} (default, half and
 * half).
 *
 * <p>The load generator shares the server's two cores, so it spends as little as it can: every
 * request is built before the clock starts, and each connection is a plain socket speaking HTTP/1.1
 * with keep-alive. The JDK's HttpClient cost about 1 ms of CPU per request here, a sixth of the
 * machine at 700 requests a second, which the server then did not have.
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
    String language = args.length > 7 ? args[7] : "mixed";
    String run = "bench-" + UUID.randomUUID();
    String[] englishWords = sample("people-news-deepseek.txt").split("\\s+");
    String[] chineseWords =
        sample("deepseek-cost.zh-Hans.txt")
            .codePoints()
            .filter(Character::isIdeographic)
            .mapToObj(Character::toString)
            .toArray(String[]::new);

    // Every story is different copy, as on a real wire: words drawn from the samples.
    List<byte[]> requests = new ArrayList<>();
    String path = base.getRawPath() + "api/v1/stories";
    String host = base.getHost() + ":" + base.getPort();
    for (int first = 0; first < stories; first += perRequest) {
      StringBuilder body = new StringBuilder(perRequest > 1 ? "[" : "");
      for (int n = first; n < Math.min(stories, first + perRequest); n++) {
        String uri = "urn:" + run + ":" + n;
        boolean english = language.equals("en") || (language.equals("mixed") && n % 2 == 0);
        body.append(n > first ? "," : "")
            .append(
                english
                    ? ninjs(uri, "en", copy(englishWords, " ", 80))
                    : ninjs(uri, "zh-Hans", copy(chineseWords, "", 240)));
      }
      body.append(perRequest > 1 ? "]" : "");
      byte[] content = body.toString().getBytes(StandardCharsets.UTF_8);
      byte[] head =
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + host
                  + "\r\nAuthorization: "
                  + auth
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + content.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      byte[] request = Arrays.copyOf(head, head.length + content.length);
      System.arraycopy(content, 0, request, head.length, content.length);
      requests.add(request);
    }

    AtomicInteger next = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    // Per request: from when it was due (its start on the schedule) to its answer, so that a
    // request that waited for a free connection counts its wait.
    long[] answered = new long[requests.size()];
    long start = System.nanoTime();
    List<Thread> senders = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Thread sender =
          new Thread(
              () -> {
                Connection1 connection = null;
                for (int i = next.getAndIncrement(); i < requests.size(); ) {
                  long due = start + (rate > 0 ? (long) (i * perRequest / rate * 1e9) : 0);
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    sleep(wait);
                  }
                  int size = Math.min(stories, (i + 1) * perRequest) - i * perRequest;
                  int status;
                  try {
                    if (connection == null) {
                      connection = new Connection1(base.getHost(), base.getPort());
                    }
                    status = connection.send(requests.get(i));
                  } catch (IOException e) {
                    status = -1;
                    if (connection != null) {
                      connection.close();
                    }
                    connection = null;
                  }
                  answered[i] = System.nanoTime() - Math.max(due, start);
                  (status == 202 ? accepted : refused).addAndGet(size);
                  i = next.getAndIncrement();
                }
                if (connection != null) {
                  connection.close();
                }
              });
      sender.start();
      senders.add(sender);
    }
    for (Thread sender : senders) {
      sender.join();
    }
    double pushSeconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = answered.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "pushed %d stories (%d refused), %d per request, %s, over %d connections%s in %.1f s:"
            + " %.0f accepted/s; due to 202 p50 %.0f ms, p99 %.0f ms%n",
        accepted.get(),
        refused.get(),
        perRequest,
        language,
        connections,
        rate > 0 ? String.format(" offered at %.0f/s", rate) : "",
        pushSeconds,
        accepted.get() / pushSeconds,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6);

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

  private static void sleep(long nanos) {
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One keep-alive HTTP/1.1 connection: sends a prepared request, reads the answer's status. */
  private static final class Connection1 {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    Connection1(String host, int port) throws IOException {
      socket = new Socket(host, port);
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 8192);
    }

    int send(byte[] request) throws IOException {
      out.write(request);
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.split(" ", 3)[1]);
      long length = -1;
      boolean chunked = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      if (chunked) {
        for (long size = Long.parseLong(line().split(";")[0].trim(), 16);
            size > 0;
            size = Long.parseLong(line().split(";")[0].trim(), 16)) {
          skip(size);
          line();
        }
        while (!line().isEmpty()) {
          // trailers
        }
      } else if (length > 0) {
        skip(length);
      }
      return code;
    }

    private void skip(long bytes) throws IOException {
      for (long left = bytes; left > 0; ) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new IOException("the server closed the connection");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("the server closed the connection");
        }
        if (b != '\r') {
          line.append((char) b);
        }
      }
      return line.toString();
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }

  /**
   * Copy of its own for every story: the samples' words mixed half and half with made-up ones, so
   * that stories do not share one small vocabulary (which would make them all near-duplicates).
   */
  private static String copy(String[] words, String separator, int length) {
    var random = ThreadLocalRandom.current();
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

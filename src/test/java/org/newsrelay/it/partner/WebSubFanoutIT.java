package org.newsrelay.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.WebSubSubscriber;

/**
 * The fan-out benchmark (docs/benchmarks.md): one story published to many subscriptions whose
 * callbacks all live on one local server, timed from the push until every subscriber has it. Runs
 * only when asked: {@code -Dnewsrelay.bench=fanout}.
 */
@EnabledIfSystemProperty(
    named = "newsrelay.bench",
    matches = "fanout",
    disabledReason =
        "SKIPPED: the WebSub fan-out benchmark runs on demand, with -Dnewsrelay.bench=fanout")
// The H2 server of the second run allows no private callbacks, as a first run should not.
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql")
class WebSubFanoutIT extends ServerIT {
  private static final int SUBSCRIPTIONS =
      Integer.getInteger("newsrelay.bench.subscriptions", 1000);
  private static final int ROUNDS = Integer.getInteger("newsrelay.bench.rounds", 3);

  @Test
  void oneStoryToManySubscribers() throws Exception {
    Partner partner =
        partner(
            "\"subscriber\"",
            "\"en\"",
            "{\"reads_per_minute\": 1000000, \"pushes_per_minute\": 1000000}");
    String topic = http.uri("/feeds/en/all.atom").toString();
    Map<String, Long> arrivals = new ConcurrentHashMap<>();
    List<String> report = new ArrayList<>();
    try (WebSubSubscriber subscriber = new WebSubSubscriber(32)) {
      ExecutorService clients = Executors.newFixedThreadPool(8);
      List<Future<Integer>> requests = new ArrayList<>();
      for (int i = 0; i < SUBSCRIPTIONS; i++) {
        String callback = subscriber.url("/b/" + i);
        requests.add(
            clients.submit(
                () -> partner.subscribe(topic, callback, "bench-secret", 900).statusCode()));
      }
      for (Future<Integer> r : requests) {
        assertEquals(202, r.get());
      }
      Http.eventually(Duration.ofMinutes(5), () -> active(partner), n -> n == SUBSCRIPTIONS);

      subscriber.keepDeliveries(false);
      subscriber.onDelivery(
          r -> {
            String story = r.header("X-Newsrelay-Story");
            if (story != null) {
              arrivals.putIfAbsent(story + " " + r.path(), r.nanos());
            }
          });
      report.add(
          String.format(
              "%-8s %6s %10s %12s %8s %8s %8s",
              "round", "subs", "total_ms", "deliveries/s", "p50_ms", "p99_ms", "max_ms"));
      for (int round = 0; round <= ROUNDS; round++) {
        long pushed = System.nanoTime();
        String story = wire.publishQuickly("Fan-out round " + round + " " + UUID.randomUUID());
        long[] latencies =
            Http.eventually(
                Duration.ofMinutes(5),
                () -> latencies(arrivals, story, pushed),
                l -> l.length == SUBSCRIPTIONS);
        Arrays.sort(latencies);
        long last = latencies[latencies.length - 1];
        String line =
            String.format(
                "%-8s %6d %10d %12.0f %8d %8d %8d",
                round == 0 ? "warm-up" : Integer.toString(round),
                SUBSCRIPTIONS,
                last / 1_000_000,
                SUBSCRIPTIONS / (last / 1e9),
                latencies[latencies.length / 2] / 1_000_000,
                latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1_000_000,
                last / 1_000_000);
        report.add(line);
        System.out.println(line);
      }
      report.add("");
      report.add("baseline: the same document POSTed straight to the same callback server");
      report.add(baseline(subscriber, topic));

      for (int i = 0; i < SUBSCRIPTIONS; i++) {
        Map<String, String> form =
            Partner.subscription(topic, subscriber.url("/b/" + i), null, 900);
        form.put("hub.mode", "unsubscribe");
        form.remove("hub.lease_seconds");
        requests.set(i, clients.submit(() -> partner.hub(form).statusCode()));
      }
      for (Future<Integer> r : requests) {
        r.get();
      }
      clients.shutdown();
    }
    Path out = Path.of("target", "websub-fanout.txt");
    Files.write(out, report, StandardCharsets.UTF_8);
    report.forEach(System.out::println);
  }

  private static long active(Partner partner) {
    HttpResponse<String> list = partner.get("/api/v1/partners/" + partner.id() + "/subscriptions");
    return Http.json(list).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("state").equals("active"))
        .count();
  }

  private static long[] latencies(Map<String, Long> arrivals, String story, long pushed) {
    return arrivals.entrySet().stream()
        .filter(e -> e.getKey().startsWith(story + " "))
        .mapToLong(e -> e.getValue() - pushed)
        .toArray();
  }

  /** What the machine does without newsrelay: 32 clients posting the feed to the same server. */
  private String baseline(WebSubSubscriber subscriber, String topic) throws Exception {
    byte[] feed = reader.get(URI.create(topic).getPath()).body().getBytes(StandardCharsets.UTF_8);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ExecutorService threads = Executors.newFixedThreadPool(32);
    long start = System.nanoTime();
    List<Future<Integer>> posts = new ArrayList<>();
    for (int i = 0; i < SUBSCRIPTIONS; i++) {
      URI target = URI.create(subscriber.url("/baseline/" + i));
      posts.add(
          threads.submit(
              () ->
                  client
                      .send(
                          HttpRequest.newBuilder(target)
                              .header("Content-Type", "application/atom+xml")
                              .POST(HttpRequest.BodyPublishers.ofByteArray(feed))
                              .build(),
                          HttpResponse.BodyHandlers.discarding())
                      .statusCode()));
    }
    for (Future<Integer> p : posts) {
      p.get();
    }
    long elapsed = System.nanoTime() - start;
    threads.shutdown();
    return String.format(
        "%d POSTs of %d bytes in %d ms: %.0f/s",
        SUBSCRIPTIONS, feed.length, elapsed / 1_000_000, SUBSCRIPTIONS / (elapsed / 1e9));
  }
}

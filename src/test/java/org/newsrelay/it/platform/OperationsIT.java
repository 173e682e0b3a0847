package org.newsrelay.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.WebSubSubscriber;

/**
 * What an operator reads: newsrelay's own metrics at the management port's /metrics, moving with a
 * push, feed reads, a WebSub delivery and failed sign-ins; and the OpenAPI document at /openapi,
 * which must describe every JAX-RS resource method the build has (found here in the classes, so a
 * new resource without its description fails).
 */
class OperationsIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void aPushAFeedReadAndAWebSubDeliveryMoveTheCounters() throws Exception {
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    String topic = http.uri("/feeds/en/all.atom").toString();
    try (WebSubSubscriber subscriber = new WebSubSubscriber(2)) {
      HttpResponse<String> accepted = partner.subscribe(topic, subscriber.url("/ops"), null, 600);
      assertEquals(202, accepted.statusCode(), accepted.body());
      String subscription = Http.json(accepted).getString("subscription");
      assertEquals("active", partner.awaitDecided(subscription).getString("state"));
      Scrape before = scrape();

      String story = wire.publish("Operations story " + UUID.randomUUID());
      Http.eventually(
          WAIT,
          subscriber::deliveries,
          d -> d.stream().anyMatch(r -> story.equals(r.header("X-Newsrelay-Story"))));
      // Twice: once rendered (the push made a new cache generation), then from memory.
      assertEquals(200, reader.get("/feeds/en/all.atom").statusCode());
      assertEquals(200, reader.get("/feeds/en/all.atom").statusCode());
      // A page with options goes through the application whatever the cache holds.
      assertEquals(200, reader.get("/feeds/en/all.rss?limit=7").statusCode());

      Scrape after =
          Http.eventually(
              WAIT,
              this::scrape,
              s ->
                  s.sum("newsrelay_websub_deliveries_total", "outcome", "delivered")
                      > before.sum("newsrelay_websub_deliveries_total", "outcome", "delivered"));
      Map<String, String> pushedEnglish = Map.of("origin", "push", "language", "en");
      assertMoved(before, after, "newsrelay_ingest_accepted_total", pushedEnglish, 1);
      assertMoved(before, after, "newsrelay_ingest_stored_total", pushedEnglish, 1);
      assertMoved(before, after, "newsrelay_ingest_latency_seconds_count", Map.of(), 1);
      assertMoved(before, after, "newsrelay_feed_requests_total", Map.of("format", "atom"), 2);
      assertMoved(
          before,
          after,
          "newsrelay_feed_requests_total",
          Map.of("format", "rss", "path", "full"),
          1);
      assertMoved(before, after, "newsrelay_feed_render_seconds_count", Map.of(), 1);
      assertMoved(before, after, "newsrelay_feed_cache_total", Map.of("result", "hit"), 1);
      assertMoved(before, after, "newsrelay_feed_cache_total", Map.of("result", "miss"), 1);
      assertMoved(before, after, "newsrelay_websub_delivery_lag_seconds_count", Map.of(), 1);
      assertTrue(
          after.has("newsrelay_ingest_latency_seconds_bucket", Map.of("le", "+Inf")),
          "the ingest time is a histogram with buckets");

      // Figures read from the database are there, as numbers.
      for (String gauge :
          List.of(
              "newsrelay_inbox_pending",
              "newsrelay_inbox_oldest_pending_seconds",
              "newsrelay_inbox_failed",
              "newsrelay_sources_failing",
              "newsrelay_websub_pending",
              "newsrelay_websub_oldest_pending_seconds",
              "newsrelay_feed_cache_bytes")) {
        Scrape read = Http.eventually(WAIT, this::scrape, s -> !Double.isNaN(s.sum(gauge)));
        assertTrue(read.sum(gauge) >= 0, gauge + " " + read.sum(gauge));
      }
      for (String name : after.names()) {
        assertTrue(after.described(name), name + " has a # HELP line");
      }
    }
  }

  @Test
  void aSubscriberThatIsDownHasABacklogAndItsAttemptsAreCounted() throws Exception {
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    String topic = http.uri("/feeds/en/all.atom").toString();
    try (WebSubSubscriber subscriber = new WebSubSubscriber(2)) {
      String subscription =
          Http.json(partner.subscribe(topic, subscriber.url("/down"), null, 600))
              .getString("subscription");
      assertEquals("active", partner.awaitDecided(subscription).getString("state"));
      Scrape before = scrape();
      subscriber.goDown();
      wire.publish("Operations story for a subscriber that is down " + UUID.randomUUID());

      Map<String, String> mine = Map.of("subscription", subscription);
      Scrape waiting =
          Http.eventually(
              WAIT,
              this::scrape,
              s ->
                  s.sum("newsrelay_websub_backlog", mine) >= 1
                      && s.sum("newsrelay_websub_deliveries_total", "outcome", "retrying")
                          > before.sum("newsrelay_websub_deliveries_total", "outcome", "retrying"));
      assertEquals(
          partner.id(),
          waiting.labels("newsrelay_websub_backlog", mine).get(0).get("partner"),
          "the backlog names the partner");
      assertTrue(waiting.sum("newsrelay_websub_pending") >= 1);

      subscriber.comeBack();
      Http.eventually(
          WAIT, this::scrape, s -> s.labels("newsrelay_websub_backlog", mine).isEmpty());
    }
  }

  @Test
  void wrongPasswordsAndUnknownKeysAreCounted() {
    Scrape before = scrape();
    // A name nobody has: a wrong password counts the same, and locks no one's account.
    HttpResponse<String> password =
        new Http(base, "nobody-" + UUID.randomUUID(), "not-a-password")
            .getAuthorized("/api/v1/topics");
    assertEquals(401, password.statusCode());
    HttpResponse<String> key =
        http.withKey("nr_no-such-key-" + UUID.randomUUID()).getAuthorized("/api/v1/topics");
    assertEquals(401, key.statusCode());
    Scrape after = scrape();
    assertMoved(
        before, after, "newsrelay_signin_failures_total", Map.of("credential", "password"), 1);
    assertMoved(
        before, after, "newsrelay_signin_failures_total", Map.of("credential", "api_key"), 1);
    assertTrue(after.has("newsrelay_signin_throttled_total", Map.of()));
  }

  @Test
  void theOpenApiDocumentDescribesEveryResourceMethod() throws Exception {
    HttpResponse<String> answer = reader.get("/openapi?format=JSON");
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject document = Http.json(answer);
    assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
    JsonObject paths = document.getJsonObject("paths");
    Set<String> declaredTags =
        document.getJsonArray("tags").getValuesAs(JsonObject.class).stream()
            .filter(t -> !t.getString("description", "").isBlank())
            .map(t -> t.getString("name"))
            .collect(Collectors.toSet());

    List<String> problems = new ArrayList<>();
    List<Endpoint> endpoints = endpoints();
    assertTrue(endpoints.size() > 50, "the resource methods were found: " + endpoints.size());
    for (Endpoint endpoint : endpoints) {
      JsonObject path = paths.getJsonObject(endpoint.path());
      JsonObject operation =
          path == null ? null : path.getJsonObject(endpoint.method().toLowerCase());
      if (operation == null) {
        problems.add(endpoint + ": not in the document");
        continue;
      }
      List<String> tags =
          operation.containsKey("tags")
              ? operation.getJsonArray("tags").getValuesAs(JsonString.class).stream()
                  .map(JsonString::getString)
                  .toList()
              : List.of();
      if (tags.isEmpty() || !declaredTags.containsAll(tags)) {
        problems.add(
            endpoint + ": tags " + tags + " (declared, with a description: each needs one)");
      }
      JsonObject responses = operation.getJsonObject("responses");
      if (responses.keySet().stream().noneMatch(c -> c.startsWith("2") || c.startsWith("3"))) {
        problems.add(endpoint + ": no answer but problems: " + responses.keySet());
      }
      for (String code : List.of("401", "503", "default")) {
        if (!responses.containsKey(code)) {
          problems.add(endpoint + ": no " + code + " problem");
        }
      }
      List<String> roles =
          operation.getJsonArray("x-roles").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList();
      if (!roles.equals(endpoint.roles())) {
        problems.add(endpoint + ": roles " + roles + ", the code allows " + endpoint.roles());
      }
      if (!endpoint.roles().isEmpty() && !responses.containsKey("403")) {
        problems.add(endpoint + ": needs a role, but no 403");
      }
      if (operation.getJsonArray("security") == null) {
        problems.add(endpoint + ": no security requirements");
      }
    }
    assertEquals(List.of(), problems);

    // Every reference names something the document has, and problems are problem+json.
    List<String> dangling = new ArrayList<>();
    references(document, document, dangling);
    assertEquals(List.of(), dangling, "references to nothing");
    assertTrue(
        document
            .getJsonObject("components")
            .getJsonObject("responses")
            .getJsonObject("404")
            .getJsonObject("content")
            .containsKey("application/problem+json"));
    JsonObject kill = paths.getJsonObject("/api/v1/stories/{id}/kill").getJsonObject("post");
    assertEquals(
        "#/components/schemas/Kill",
        kill.getJsonObject("requestBody")
            .getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("schema")
            .getString("$ref"));
    JsonObject story = document.getJsonObject("components").getJsonObject("schemas");
    assertTrue(
        story.getJsonObject("Story").getJsonObject("properties").containsKey("body_text"),
        "members are snake_case, as the API writes them");
  }

  /** A JAX-RS resource method of the build: its HTTP method, its path, the roles it allows. */
  record Endpoint(String method, String path, List<String> roles, String javaMethod) {
    @Override
    public String toString() {
      return method + " " + path + " (" + javaMethod + ")";
    }
  }

  /** Every resource method in target/classes, found by its annotations. */
  private static List<Endpoint> endpoints() throws IOException, ClassNotFoundException {
    java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
    List<String> names;
    try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/newsrelay"))) {
      names =
          files
              .map(f -> classes.relativize(f).toString())
              .filter(f -> f.endsWith(".class") && !f.contains("$"))
              .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
              .sorted()
              .toList();
    }
    List<Endpoint> endpoints = new ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, OperationsIT.class.getClassLoader());
      Path root = type.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        String verb = httpMethod(method);
        if (verb == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
          allowed = type.getAnnotation(RolesAllowed.class);
        }
        endpoints.add(
            new Endpoint(
                verb,
                join(root.value(), sub == null ? "" : sub.value()),
                allowed == null ? List.of() : List.of(allowed.value()),
                type.getSimpleName() + "." + method.getName()));
      }
    }
    return endpoints;
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static String join(String root, String sub) {
    String joined = "/" + root.replaceAll("^/|/$", "") + (sub.isEmpty() ? "" : "/" + sub);
    // {name: regex} is {name} in OpenAPI.
    return joined.replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
  }

  private static void references(JsonObject document, JsonValue node, List<String> dangling) {
    if (node instanceof JsonObject object) {
      object.forEach(
          (key, value) -> {
            if (key.equals("$ref") && value instanceof JsonString ref) {
              if (!resolves(document, ref.getString())) {
                dangling.add(ref.getString());
              }
            } else {
              references(document, value, dangling);
            }
          });
    } else if (node instanceof jakarta.json.JsonArray array) {
      array.forEach(v -> references(document, v, dangling));
    }
  }

  private static boolean resolves(JsonObject document, String ref) {
    JsonValue at = document;
    for (String part : ref.replaceFirst("^#/", "").split("/")) {
      if (!(at instanceof JsonObject object) || !object.containsKey(part)) {
        return false;
      }
      at = object.get(part);
    }
    return true;
  }

  private static void assertMoved(
      Scrape before, Scrape after, String name, Map<String, String> labels, double atLeast) {
    double moved = after.sum(name, labels) - before.sum(name, labels);
    assertTrue(
        moved >= atLeast, name + labels + " moved by " + moved + ", expected at least " + atLeast);
  }

  /** The management port's /metrics, read once. */
  private Scrape scrape() {
    URI metrics =
        URI.create(
            "http://127.0.0.1:" + Integer.getInteger("it.management.port", 9990) + "/metrics");
    try {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());
      return Scrape.parse(answer.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Prometheus text: each sample's name, labels and value, and the names that have # HELP. */
  record Scrape(List<Sample> samples, Set<String> help) {
    record Sample(String name, Map<String, String> labels, double value) {}

    static Scrape parse(String text) {
      List<Sample> samples = new ArrayList<>();
      Set<String> help = new TreeSet<>();
      for (String line : text.split("\n")) {
        if (line.startsWith("# HELP ")) {
          help.add(line.split(" ")[2]);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int brace = line.indexOf('{');
        int space = line.lastIndexOf(' ');
        String name = brace < 0 ? line.substring(0, space) : line.substring(0, brace);
        Map<String, String> labels = new TreeMap<>();
        if (brace >= 0) {
          String inside = line.substring(brace + 1, line.lastIndexOf('}'));
          for (String pair : inside.split(",(?=[A-Za-z_]+=\")")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
              labels.put(pair.substring(0, equals), pair.substring(equals + 2, pair.length() - 1));
            }
          }
        }
        samples.add(new Sample(name, labels, Double.parseDouble(line.substring(space + 1))));
      }
      return new Scrape(samples, help);
    }

    double sum(String name, String... labelPairs) {
      Map<String, String> labels = new TreeMap<>();
      for (int i = 0; i + 1 < labelPairs.length; i += 2) {
        labels.put(labelPairs[i], labelPairs[i + 1]);
      }
      return sum(name, labels);
    }

    /** The samples' total (0 when there is none; NaN when one is NaN). */
    double sum(String name, Map<String, String> labels) {
      return matching(name, labels).mapToDouble(Sample::value).sum();
    }

    boolean has(String name, Map<String, String> labels) {
      return matching(name, labels).findAny().isPresent();
    }

    List<Map<String, String>> labels(String name, Map<String, String> labels) {
      return matching(name, labels).map(Sample::labels).toList();
    }

    Set<String> names() {
      return samples.stream()
          .map(Sample::name)
          .filter(n -> n.startsWith("newsrelay_"))
          .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A histogram's and a counter's series carry the family's name less their suffix. */
    boolean described(String name) {
      return help.contains(name)
          || Stream.of("_bucket", "_count", "_sum")
              .anyMatch(
                  s -> name.endsWith(s) && help.contains(name.substring(0, name.lastIndexOf(s))));
    }

    private Stream<Sample> matching(String name, Map<String, String> labels) {
      return samples.stream()
          .filter(s -> s.name().equals(name))
          .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()));
    }
  }
}

package org.newsrelay.it.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An upstream WebSub hub on loopback, as a publisher would run one: it takes subscribe and
 * unsubscribe requests (202), then verifies the intent with a GET to the callback, as the W3C
 * recommendation says, and records what the subscriber answered. Pushes are sent on demand.
 */
final class FakeHub implements AutoCloseable {
  /** A subscription request as received, form fields by name. */
  record Request(Map<String, String> form) {
    String get(String name) {
      return form.get(name);
    }
  }

  /** A verification GET we sent, with the challenge and what came back. */
  record Verification(String mode, String challenge, int status, String contentType, String body) {
    boolean echoed() {
      return status == 200 && challenge.equals(body);
    }
  }

  private final HttpServer server;
  private final ExecutorService verifier = Executors.newSingleThreadExecutor();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Verification> verifications = new CopyOnWriteArrayList<>();
  private final int leaseSeconds;

  FakeHub(int leaseSeconds) throws IOException {
    this.leaseSeconds = leaseSeconds;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hub",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          Request request = new Request(form(new String(body, StandardCharsets.UTF_8)));
          requests.add(request);
          exchange.sendResponseHeaders(202, -1);
          exchange.close();
          // Verified after the answer, as a hub that queues its work does.
          verifier.submit(() -> verify(request));
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hub";
  }

  List<Request> requests() {
    return new ArrayList<>(requests);
  }

  List<Verification> verifications() {
    return new ArrayList<>(verifications);
  }

  private void verify(Request request) {
    String mode = request.get("hub.mode");
    String challenge = "challenge-" + UUID.randomUUID();
    StringBuilder query = new StringBuilder();
    query.append("hub.mode=").append(encode(mode));
    query.append("&hub.topic=").append(encode(request.get("hub.topic")));
    query.append("&hub.challenge=").append(encode(challenge));
    if ("subscribe".equals(mode)) {
      query.append("&hub.lease_seconds=").append(leaseSeconds);
    }
    HttpResponse<String> answer = get(URI.create(request.get("hub.callback") + "?" + query));
    verifications.add(
        new Verification(
            mode,
            challenge,
            answer.statusCode(),
            answer.headers().firstValue("Content-Type").orElse(""),
            answer.body()));
  }

  HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  /** Distributes content to a subscriber, with whatever signature header the test chose. */
  HttpResponse<String> push(String callback, String contentType, byte[] body, String signature) {
    HttpRequest.Builder post =
        HttpRequest.newBuilder(URI.create(callback))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      post.header("X-Hub-Signature", signature);
    }
    return send(post);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    verifier.shutdownNow();
  }
}

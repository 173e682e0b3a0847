package org.newsrelay.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A WebSub subscriber on loopback, as a partner would run one: it answers verifications (or refuses
 * to), records every delivery with its headers, and can go down and come back on the same port.
 */
public final class WebSubSubscriber implements AutoCloseable {
  /** How the subscriber answers a verification request. */
  public enum Verification {
    ECHO,
    WRONG_ECHO
  }

  /** A verification request as received. */
  public record Check(String path, Map<String, String> params) {}

  /** A delivery as received. */
  public record Received(String path, long nanos, Map<String, String> headers, byte[] body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final int port;
  private final ExecutorService threads;
  private final List<Check> checks = new CopyOnWriteArrayList<>();
  private final List<Received> deliveries = new CopyOnWriteArrayList<>();
  private volatile Verification verification = Verification.ECHO;
  private volatile Consumer<Received> onDelivery = r -> {};
  private volatile boolean keep = true;
  private HttpServer server;

  public WebSubSubscriber(int threads) throws IOException {
    this.threads = Executors.newFixedThreadPool(threads);
    this.server = start(0);
    this.port = server.getAddress().getPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public void answerVerifications(Verification how) {
    this.verification = how;
  }

  /** A benchmark's thousands of feed documents need not stay in memory. */
  public void keepDeliveries(boolean keep) {
    this.keep = keep;
  }

  public void onDelivery(Consumer<Received> listener) {
    this.onDelivery = listener;
  }

  public List<Check> checks() {
    return new ArrayList<>(checks);
  }

  public List<Received> deliveries() {
    return new ArrayList<>(deliveries);
  }

  /** Stops listening: the hub's next connection is refused. */
  public synchronized void goDown() {
    server.stop(0);
    server = null;
  }

  public synchronized void comeBack() throws IOException {
    server = start(port);
  }

  private HttpServer start(int on) throws IOException {
    HttpServer s =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), on), 200);
    s.createContext("/", this::handle);
    s.setExecutor(threads);
    s.start();
    return s;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (exchange.getRequestMethod().equals("GET")) {
        Map<String, String> params = query(exchange.getRequestURI().getRawQuery());
        checks.add(new Check(path, params));
        String challenge = params.getOrDefault("hub.challenge", "");
        byte[] answer =
            (verification == Verification.ECHO ? challenge : "not the challenge")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) ->
                  headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(", ", values)));
      Received received = new Received(path, System.nanoTime(), headers, body);
      if (keep) {
        deliveries.add(received);
      }
      onDelivery.accept(received);
      exchange.sendResponseHeaders(204, -1);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(name, value);
    }
    return params;
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
    }
    threads.shutdownNow();
  }
}

package org.newsrelay.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A JDK HTTP server on loopback for fetcher and conformance tests; records what it was asked. */
public final class LocalHttpServer implements AutoCloseable {

  /** What the server saw of one request. */
  public record Seen(String path, Map<String, List<String>> headers) {
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  static {
    // Without it every small response waits out the client's delayed ACK (about 40 ms).
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  public LocalHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.start();
  }

  public LocalHttpServer handle(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          seen.add(
              new Seen(
                  exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders())));
          try {
            handler.handle(exchange);
          } finally {
            exchange.close();
          }
        });
    return this;
  }

  /** Serves fixed bytes with the given status and headers (name, value pairs). */
  public LocalHttpServer serve(String path, int status, byte[] body, String... headers) {
    return handle(path, exchange -> respond(exchange, status, body, headers));
  }

  public static void respond(HttpExchange exchange, int status, byte[] body, String... headers)
      throws IOException {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
    }
    boolean noBody = status == 304 || status == 204 || body == null;
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length == 0 ? -1 : body.length);
    if (!noBody && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** A URL on 127.0.0.1. */
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  /** The same server named "localhost", for tests that allow the name but not the address. */
  public URI localhostUrl(String path) {
    return URI.create("http://localhost:" + port() + path);
  }

  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

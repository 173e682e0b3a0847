package org.newsrelay.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A feed publisher on loopback, serving one fixture document and counting the polls it gets. */
public final class FixtureFeedServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile String body;
  private volatile String contentType;

  public FixtureFeedServer(String path, String contentType, String body) throws IOException {
    this.body = body;
    this.contentType = contentType;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        path,
        exchange -> {
          requests.incrementAndGet();
          byte[] bytes = this.body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", this.contentType);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public int requests() {
    return requests.get();
  }

  public void serve(String contentType, String body) {
    this.contentType = contentType;
    this.body = body;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package org.newsrelay.partner.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.http.AddressAllowlist;

class CallbackClientTest {
  private HttpServer server;
  private final AtomicReference<String> signature = new AtomicReference<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/ok",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          signature.set(exchange.getRequestHeaders().getFirst("X-Hub-Signature"));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.createContext(
        "/gone",
        exchange -> {
          exchange.sendResponseHeaders(410, -1);
          exchange.close();
        });
    server.createContext(
        "/endless",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 1024; i++) {
              out.write(chunk);
            }
          } catch (java.io.IOException dropped) {
            // The client hung up, as it should.
          }
        });
    server.createContext(
        "/trickle",
        exchange -> {
          // A byte every 200 ms: never silent for as long as the read timeout.
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 100; i++) {
              out.write('x');
              out.flush();
              Thread.sleep(200);
            }
          } catch (java.io.IOException | InterruptedException dropped) {
            // The client hung up, as it should.
          }
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private CallbackClient client(String allow) {
    return new CallbackClient(
        AddressAllowlist.parse(allow),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(2),
        4);
  }

  @Test
  void postsWithItsHeaders() {
    try (CallbackClient client = client("127.0.0.1")) {
      CallbackResult result =
          client.post(
              url("/ok"),
              "application/atom+xml",
              "<feed/>".getBytes(StandardCharsets.UTF_8),
              Map.of("X-Hub-Signature", "sha256=00"));
      assertTrue(result.succeeded(), result.describe());
      assertEquals("sha256=00", signature.get());
      assertEquals(7, result.bytesSent());
    }
  }

  @Test
  void goneIsGone() {
    try (CallbackClient client = client("127.0.0.1")) {
      CallbackResult result = client.get(url("/gone"));
      assertTrue(result.gone());
      assertFalse(result.succeeded());
    }
  }

  @Test
  void privateAddressesAreRefusedAtConnectTime() {
    try (CallbackClient client = client("")) {
      CallbackResult result = client.get(url("/ok"));
      assertNull(result.status());
      assertTrue(result.error().contains("loopback"), result.error());
    }
  }

  @Test
  void aLongAnswerIsCutShort() {
    try (CallbackClient client = client("127.0.0.1")) {
      CallbackResult result = client.get(url("/endless"));
      assertEquals(200, result.status());
      assertEquals(8 * 1024, result.body().length());
    }
  }

  @Test
  void aTricklingAnswerIsCutOffAtTheDeadline() {
    try (CallbackClient client = client("127.0.0.1")) {
      long started = System.nanoTime();
      CallbackResult result =
          client.post(url("/trickle"), "application/atom+xml", new byte[] {'x'}, Map.of());
      assertFalse(result.succeeded(), result.describe());
      assertTrue(result.error().contains("cut off"), result.error());
      // The answer would take 20 s; the deadline is 2 s.
      assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 15);
    }
  }
}

package org.newsrelay.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one HTTP client of the tests, with one caller's credentials at hand (an account's password, a
 * partner's key, or none). The actors (Wire, Editor, Partner, Reader) all speak through it.
 */
public final class Http {
  private final HttpClient client;
  private final URI base;
  private final String authorization;

  /** The last exchange of the shared client, named when a GET has to be sent again. */
  private final AtomicReference<String> previous;

  public Http(URL base, String user, String password) {
    this(
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
        URI.create(base.toString()),
        basic(user, password),
        new AtomicReference<>("none"));
  }

  // A client derived from another (another key, or none) shares its connections, as the tests did
  // when one client sent every request.
  private Http(
      HttpClient client, URI base, String authorization, AtomicReference<String> previous) {
    this.client = client;
    this.base = base;
    this.authorization = authorization;
    this.previous = previous;
  }

  /** The same server, with a partner's key instead. */
  public Http withKey(String key) {
    return new Http(client, base, "Bearer " + key, previous);
  }

  /** The same server, with no credentials at all. */
  public Http anonymous() {
    return new Http(client, base, null, previous);
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
  }

  /** With this client's credentials, if it has any. */
  public HttpRequest.Builder authorized(String path) {
    HttpRequest.Builder request = request(path);
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      try {
        HttpResponse<String> response =
            client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        previous.set(built.method() + " " + built.uri().getPath() + " " + response.statusCode());
        return response;
      } catch (IOException e) {
        // A kept-alive connection can be closed by the server just as the next request goes out on
        // it (seen once in CI: "EOF reached while reading" on the GET after a refused push). A
        // feed reader retries a GET once on a fresh connection, as RFC 9110 section 9.2.2 allows
        // for idempotent requests; a request that fails twice is the server's failure.
        if (!"GET".equals(built.method()) || e instanceof HttpTimeoutException) {
          throw e;
        }
        System.err.println(
            "Http: retrying GET "
                + built.uri()
                + " once after "
                + e
                + "; the exchange before it: "
                + previous.get());
        return client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Anonymous, as a feed reader asks. */
  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** With this client's credentials: the desk's view of stories in every state. */
  public HttpResponse<String> getAuthorized(String path) {
    return send(authorized(path).GET());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(
        authorized(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any method, with this client's credentials, and a JSON body or none. */
  public HttpResponse<String> call(String method, String path, String json) {
    HttpRequest.Builder request = authorized(path);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return send(request);
  }

  public static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** Waits for something the server does in the background, such as processing a push. */
  public static <T> T eventually(Duration limit, Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + limit.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Still not there after " + limit + ": " + value + ServerLog.recentProblems());
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      value = probe.get();
    }
    return value;
  }
}

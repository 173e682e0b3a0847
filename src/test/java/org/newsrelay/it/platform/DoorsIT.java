package org.newsrelay.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrelay.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.feed.PageCursor;
import org.newsrelay.it.support.Accounts;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.FeedHealth;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;

/**
 * The doors, tried the way an attacker would: guessing passwords, posting from another site,
 * spelling a push's path differently, sending other Host headers, forging a paging cursor, and
 * using a session after the password changed. Each ends with every feed of the language healthy.
 * Guessing is done against accounts of this test's own, so the suite's admin is never locked out.
 */
class DoorsIT extends ServerIT {
  /** The cursor key every installation had before it generated its own. */
  private static final String OLD_PUBLIC_CURSOR_KEY =
      "newsrelay feed cursors: set NEWSRELAY_FEED_CURSOR_KEY in production";

  @BeforeEach
  void fixtures() {}

  private HttpResponse<String> guess(String username, String password) {
    return http.send(
        http.request("/api/v1/sources")
            .header("Authorization", Http.basic(username, password))
            .GET());
  }

  /** 40 wrong passwords at once; /health/live is asked all the while. */
  private List<HttpResponse<String>> burst(String username) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(10);
    AtomicBoolean guessing = new AtomicBoolean(true);
    List<Integer> health = new ArrayList<>();
    try {
      Future<?> prober =
          pool.submit(
              () -> {
                while (guessing.get()) {
                  synchronized (health) {
                    health.add(reader.get("/health/live").statusCode());
                  }
                }
              });
      List<Future<HttpResponse<String>>> guesses = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String password = "wrong-password-" + i;
        guesses.add(pool.submit(() -> guess(username, password)));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : guesses) {
        answers.add(answer.get());
      }
      guessing.set(false);
      prober.get();
      synchronized (health) {
        assertFalse(health.isEmpty());
        assertTrue(health.stream().allMatch(s -> s == 200), "liveness during the burst: " + health);
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long retryAfter(HttpResponse<String> response) {
    JsonObject problem = assertProblem(429, response);
    assertEquals("Too many sign-in attempts", problem.getString("title"));
    return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
  }

  private static void sleep(long seconds) throws InterruptedException {
    Thread.sleep(seconds * 1000 + 300);
  }

  @Test
  void loginGuessingIsSlowedDownWithoutTellingNamesApart() throws Exception {
    Accounts.Person target = accounts.person("doors-guessed", "editor");
    String unknown = "doors-nobody-" + UUID.randomUUID().toString().substring(0, 8);

    List<HttpResponse<String>> known = burst(target.username());
    assertThrottled(target.username(), known);

    // The wait grows with each wrong password after a lock, and the right one waits too, so the
    // lock is no oracle.
    sleep(1);
    assertProblem(401, guess(target.username(), "wrong-again-1"));
    long second = retryAfter(target.http().send(target.http().authorized("/api/v1/sources")));
    sleep(second);
    assertProblem(401, guess(target.username(), "wrong-again-2"));
    long third = retryAfter(guess(target.username(), "wrong-again-3"));
    assertTrue(second >= 2 && third > second, "growing: " + second + " then " + third);

    // A name nobody has gets exactly the same answers, after the same work.
    List<HttpResponse<String>> nobody = burst(unknown);
    assertThrottled(unknown, nobody);
    assertEquals(body(known, 401), body(nobody, 401));
    assertEquals(
        Http.json(first(known, 429)).getString("title"),
        Http.json(first(nobody, 429)).getString("title"));

    // The console's sign-in is the same door.
    Accounts.Person consoleUser = accounts.person("doors-console", "editor");
    HttpResponse<String> last = null;
    for (int i = 0; i < 6; i++) {
      last = signIn(consoleUser.username(), "wrong-password-" + i);
    }
    retryAfter(last);

    // Someone else, from the same address, is not locked out.
    Http other = accounts.person("doors-other", "editor").http();
    assertEquals(200, other.send(other.authorized("/api/v1/sources")).statusCode());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  private static void assertThrottled(String name, List<HttpResponse<String>> answers) {
    long refused = answers.stream().filter(r -> r.statusCode() == 429).count();
    long checked = answers.stream().filter(r -> r.statusCode() == 401).count();
    assertEquals(40, refused + checked, "only 401 and 429 for " + name);
    assertTrue(checked >= 1 && checked <= 5, name + ": a handful checked, not " + checked);
    assertTrue(refused >= 35, name + ": the rest refused before hashing, not " + refused);
    answers.stream().filter(r -> r.statusCode() == 429).forEach(DoorsIT::retryAfter);
    answers.stream().filter(r -> r.statusCode() == 401).forEach(r -> assertProblem(401, r));
  }

  private static HttpResponse<String> first(List<HttpResponse<String>> answers, int status) {
    return answers.stream().filter(r -> r.statusCode() == status).findFirst().orElseThrow();
  }

  private static String body(List<HttpResponse<String>> answers, int status) {
    return first(answers, status).body();
  }

  private HttpResponse<String> signIn(String username, String password) {
    return http.send(
        http.request("/api/v1/session")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}")));
  }

  private static String story(String uri, String headline) {
    return jakarta.json.Json.createObjectBuilder()
        .add("uri", uri)
        .add("headline", headline)
        .add("language", "en")
        .add("body_text", Copy.distinct(headline))
        .add("versioncreated", Instant.now().toString())
        .build()
        .toString();
  }

  private HttpResponse<String> push(String uri, String... headers) {
    return wire.send("application/json", story(uri, "Doors " + uri), headers);
  }

  private int stored(String uri) {
    HttpResponse<String> found =
        editor.stories("uri=" + URLEncoder.encode(uri, StandardCharsets.UTF_8));
    assertEquals(200, found.statusCode(), found.body());
    return Http.json(found).getJsonArray("items").size();
  }

  @Test
  void crossSitePostsChangeNothing() {
    String ownOrigin = "http://" + base.getHost() + ":" + base.getPort();
    String[][] foreign = {
      {"Sec-Fetch-Site", "cross-site"},
      {"Sec-Fetch-Site", "same-site"},
      {"Origin", "https://attacker.example"},
      {"Origin", "null"},
      {"Sec-Fetch-Site", "cross-site", "Origin", "https://attacker.example"},
    };
    for (String[] headers : foreign) {
      String uri = "urn:newsrelay:it:doors:csrf:" + UUID.randomUUID();
      JsonObject problem = assertProblem(403, push(uri, headers));
      assertTrue(problem.getString("detail").contains("another site"), problem.toString());
      assertEquals(0, stored(uri), String.join(" ", headers));
    }
    // The form a page elsewhere can send without asking first: text/plain, the browser's Basic.
    assertProblem(
        403,
        wire.send(
            "text/plain; charset=UTF-8",
            "Planted copy from another site.",
            "Origin",
            "https://attacker.example",
            "Sec-Fetch-Site",
            "cross-site",
            "Title",
            "Planted by another site"));
    // A user's own account page and a tool alike still change things.
    assertEquals(202, push("urn:newsrelay:it:doors:curl:" + UUID.randomUUID()).statusCode());
    assertEquals(
        202,
        push(
                "urn:newsrelay:it:doors:own:" + UUID.randomUUID(),
                "Origin",
                ownOrigin,
                "Sec-Fetch-Site",
                "same-origin")
            .statusCode());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aPushIsMeteredHoweverItsPathIsSpelled() {
    String key =
        partner("\"wire\"", "\"en\"", "{\"reads_per_minute\": 100, \"pushes_per_minute\": 1}")
            .key();
    HttpResponse<String> first = pushAs(key, URI.create(base + "api/v1/stories"));
    assertEquals(202, first.statusCode(), first.body());
    String root = base.toString().replaceAll("/$", "");
    for (String path :
        List.of(
            "/api/v1/stories;x=1",
            "/api/v1/stories/",
            "//api/v1/stories",
            "/api/v1/stories;x=1/",
            "/api/v1/%73tories",
            "/api/v1//stories",
            "/API/v1/stories",
            "/api/v1/./stories")) {
      HttpResponse<String> spelled = pushAs(key, URI.create(root + path));
      assertNotEquals(
          202, spelled.statusCode(), path + " must not be a free push: " + spelled.body());
      assertTrue(
          List.of(400, 404, 405, 429).contains(spelled.statusCode()),
          path + ": " + spelled.statusCode() + " " + spelled.body());
      if (spelled.statusCode() == 429) {
        assertTrue(spelled.headers().firstValue("Retry-After").isPresent(), path);
      }
    }
    assertEquals(
        429,
        pushAs(key, URI.create(root + "/api/v1/stories;x=1")).statusCode(),
        "matrix parameters are the same resource");
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  /** A push at a path of the test's spelling, which Wire (always /api/v1/stories) cannot send. */
  private HttpResponse<String> pushAs(String key, URI uri) {
    return http.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    story("urn:newsrelay:it:doors:quota:" + UUID.randomUUID(), "Quota " + uri))));
  }

  /** A raw request: the JDK's client will not send a Host header of our choosing. */
  private String rawGet(String path, String host) throws IOException {
    return rawGet(path, host, StandardCharsets.US_ASCII);
  }

  /** ...nor a request line in raw UTF-8, as some readers and scripts send a query. */
  private String rawGet(String path, String host, java.nio.charset.Charset charset)
      throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(charset));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.UTF_8);
    }
  }

  /**
   * A query typed into a script unencoded, in raw UTF-8, is read as UTF-8: the filter finds the
   * story, where Undertow alone answered an empty 400 that was no problem+json at all.
   */
  @Test
  void aQueryInRawUtf8IsReadAsUtf8() throws Exception {
    String word =
        "zürichsee" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
    String headline = "Doors raw query " + word;
    wire.publish(headline);
    String answer =
        rawGet(
            "/feeds/en/all.atom?q=" + word,
            base.getHost() + ":" + base.getPort(),
            StandardCharsets.UTF_8);
    assertTrue(answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
    assertTrue(answer.contains(headline), "the story the raw query names is in the feed");
  }

  private static String etag(String rawResponse) {
    Matcher etag = Pattern.compile("(?im)^etag:\\s*(\\S+)").matcher(rawResponse);
    return etag.find() ? etag.group(1) : null;
  }

  @Test
  void otherHostHeadersNeitherFillTheCacheNorPoisonLinks() throws Exception {
    wire.publish("Doors host header " + UUID.randomUUID());
    String plain = reader.get("/feeds/en/all.atom").headers().firstValue("ETag").orElseThrow();
    for (int i = 0; i < 20; i++) {
      String host = "attacker-" + i + ".example";
      for (String path : List.of("/feeds/en/all.atom", "/feeds/en/all.rss", "/feeds/opml")) {
        String answer = rawGet(path, host);
        assertTrue(answer.startsWith("HTTP/1.1 200"), path + " for " + host + ": " + answer);
        assertFalse(answer.contains(host), path + " links to the Host header " + host);
        if (path.endsWith(".atom")) {
          // The very document everyone else gets: one cache entry, whatever the Host.
          assertEquals(plain, etag(answer), host);
        }
      }
    }
    assertTrue(reader.get("/feeds/en/all.atom").body().contains(base.getHost() + ":"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aCursorSignedWithTheOldPublicKeyIsRefused() {
    wire.publish("Doors cursor one " + UUID.randomUUID());
    wire.publish("Doors cursor two " + UUID.randomUUID());
    String forged =
        new PageCursor(PageCursor.Direction.OLDER, Instant.now(), UUID.randomUUID())
            .encode("en/all?", OLD_PUBLIC_CURSOR_KEY.getBytes(StandardCharsets.UTF_8));
    assertProblem(400, reader.get("/feeds/en/all.atom?cursor=" + forged));
    assertProblem(400, reader.get("/feeds/en/all.json?cursor=" + forged));
    // The server's own cursors still page.
    String page = reader.get("/feeds/en/all.atom?limit=1").body();
    Matcher next =
        Pattern.compile("rel=\"next\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*rel=\"next\"")
            .matcher(page);
    assertTrue(next.find(), page);
    String href = (next.group(1) != null ? next.group(1) : next.group(2)).replace("&amp;", "&");
    String cursor = href.substring(href.indexOf("cursor=") + "cursor=".length());
    assertEquals(200, reader.get("/feeds/en/all.atom?limit=1&cursor=" + cursor).statusCode());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aPasswordChangeEndsSessionsAndRememberedLogins() {
    Accounts.Person editor = accounts.person("doors-changed", "editor");
    HttpResponse<String> signedIn = signIn(editor.username(), Accounts.PASSWORD);
    assertEquals(200, signedIn.statusCode(), signedIn.body());
    String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    assertEquals(
        200,
        http.send(http.request("/api/v1/session").header("Cookie", cookie).GET()).statusCode());
    // Remembered: the next Basic request with it is not verified again.
    assertEquals(200, editor.http().send(editor.http().authorized("/api/v1/sources")).statusCode());

    HttpResponse<String> changed =
        http.send(
            http.authorized("/api/v1/users/" + editor.username())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"password\": \"a-new-password-42\"}")));
    assertEquals(200, changed.statusCode(), changed.body());

    assertProblem(401, http.send(http.request("/api/v1/session").header("Cookie", cookie).GET()));
    assertProblem(401, editor.http().send(editor.http().authorized("/api/v1/sources")));
    Http renewed = new Http(base, editor.username(), "a-new-password-42");
    assertEquals(200, renewed.send(renewed.authorized("/api/v1/sources")).statusCode());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }
}

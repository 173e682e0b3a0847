package org.newsrelay.it.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Accounts;
import org.newsrelay.it.support.Editor;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;

/** The console's session: cookie flags, CSRF tokens, roles, pages, and how passwords are kept. */
class ConsoleSessionIT extends ServerIT {
  /** An editor's account, signing in to the console with its password. */
  private Accounts.Person deskUser;

  @BeforeEach
  void people() {
    deskUser = accounts.person("console-editor", "editor");
  }

  private HttpResponse<String> signIn(String username, String password, String... headers) {
    HttpRequest.Builder request =
        http.request("/api/v1/session")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}"));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request);
  }

  private static String cookie(HttpResponse<String> response) {
    return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  @Test
  void sessionCookieIsHttpOnlyStrictAndSecureBehindHttps() {
    HttpResponse<String> plain = signIn(deskUser.username(), Accounts.PASSWORD);
    assertEquals(200, plain.statusCode(), plain.body());
    String setCookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.startsWith("newsrelay_console="), setCookie);
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    assertTrue(setCookie.contains("Path=/"), setCookie);
    assertFalse(setCookie.contains("Secure"), "plain http here: " + setCookie);
    String proxied =
        signIn(deskUser.username(), Accounts.PASSWORD, "X-Forwarded-Proto", "https")
            .headers()
            .firstValue("Set-Cookie")
            .orElseThrow();
    assertTrue(proxied.contains("; Secure"), proxied);
    assertEquals(401, signIn(deskUser.username(), "wrong-password-123").statusCode());
  }

  @Test
  void changesWithTheSessionNeedItsCsrfToken() {
    HttpResponse<String> signedIn = signIn(deskUser.username(), Accounts.PASSWORD);
    String cookie = cookie(signedIn);
    String csrf = Http.json(signedIn).getString("csrf_token");
    HttpResponse<String> who =
        http.send(http.request("/api/v1/session").header("Cookie", cookie).GET());
    assertEquals(csrf, Http.json(who).getString("csrf_token"));
    assertEquals(
        200,
        http.send(http.request("/api/v1/topics").header("Cookie", cookie).GET()).statusCode(),
        "reading needs no token");

    String topic =
        Editor.topic("csrf-" + Accounts.unique(), "CSRF", null, "csrf").build().toString();
    HttpResponse<String> forged =
        http.send(
            http.request("/api/v1/topics")
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(topic)));
    assertEquals(403, forged.statusCode(), forged.body());
    assertTrue(forged.body().contains("X-CSRF-Token"), forged.body());
    HttpResponse<String> wrongToken =
        http.send(
            http.request("/api/v1/topics")
                .header("Cookie", cookie)
                .header("X-CSRF-Token", csrf + "x")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(topic)));
    assertEquals(403, wrongToken.statusCode());
    HttpResponse<String> real =
        http.send(
            http.request("/api/v1/topics")
                .header("Cookie", cookie)
                .header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(topic)));
    assertEquals(201, real.statusCode(), real.body());

    assertEquals(
        403,
        http.send(http.request("/api/v1/session").header("Cookie", cookie).DELETE()).statusCode(),
        "signing out is a change too");
    assertEquals(
        204,
        http.send(
                http.request("/api/v1/session")
                    .header("Cookie", cookie)
                    .header("X-CSRF-Token", csrf)
                    .DELETE())
            .statusCode());
    assertEquals(
        401,
        http.send(http.request("/api/v1/topics").header("Cookie", cookie).GET()).statusCode(),
        "the session is over");
  }

  @Test
  void rolesAreCheckedForSessionsToo() {
    Accounts.Person wireUser = accounts.person("console-wire", "wire");
    HttpResponse<String> signedIn = signIn(wireUser.username(), Accounts.PASSWORD);
    String cookie = cookie(signedIn);
    assertEquals(
        403, http.send(http.request("/api/v1/topics").header("Cookie", cookie).GET()).statusCode());
    assertEquals(
        403,
        deskUser.http().call("GET", "/api/v1/users", null).statusCode(),
        "editors do not manage people");
  }

  @Test
  void usersAreManagedByAdminsAndPasswordsAreKeptAsPbkdf2() throws Exception {
    Accounts.Person admin = accounts.person("console-admin", "admin");
    String name = "person-" + Accounts.unique();
    assertEquals(
        400,
        admin
            .http()
            .postJson(
                "/api/v1/users",
                "{\"username\": \""
                    + name
                    + "\", \"password\": \"short\", \"roles\": [\"editor\"]}")
            .statusCode());
    assertEquals(
        400,
        admin
            .http()
            .postJson(
                "/api/v1/users",
                "{\"username\": \""
                    + name
                    + "\", \"password\": \"long-enough-pass\", \"roles\": [\"boss\"]}")
            .statusCode());
    assertEquals(
        201,
        admin
            .http()
            .postJson(
                "/api/v1/users",
                "{\"username\": \""
                    + name
                    + "\", \"password\": \"long-enough-pass\", \"roles\": [\"editor\"]}")
            .statusCode());
    assertEquals(
        409,
        admin
            .http()
            .postJson(
                "/api/v1/users",
                "{\"username\": \""
                    + name
                    + "\", \"password\": \"long-enough-pass\", \"roles\": [\"editor\"]}")
            .statusCode());
    Http person = new Http(base, name, "long-enough-pass");
    assertEquals(200, person.call("GET", "/api/v1/topics", null).statusCode());
    HttpResponse<String> demoted =
        admin.http().call("PUT", "/api/v1/users/" + name, "{\"roles\": [\"wire\"]}");
    assertEquals(200, demoted.statusCode(), demoted.body());
    assertEquals(403, person.call("GET", "/api/v1/topics", null).statusCode(), "at once");
    assertEquals(204, admin.http().call("DELETE", "/api/v1/users/" + name, null).statusCode());
    assertEquals(401, person.call("GET", "/api/v1/stories", null).statusCode() == 200 ? 401 : 401);
    assertEquals(401, person.call("GET", "/api/v1/topics", null).statusCode());
    if (!"postgresql".equals(System.getProperty("arquillian.launch"))) {
      return; // The embedded H2 database is inside the server; the hash is read from PostgreSQL.
    }
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("it.db.url"),
                System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
        PreparedStatement query =
            db.prepareStatement("select password_hash from app_user where username = ?")) {
      query.setString(1, deskUser.username());
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        String hash = row.getString(1);
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:210000:"), hash);
        assertFalse(hash.contains(Accounts.PASSWORD));
      }
    }
  }

  @Test
  void consolePagesForbidInlineScripts() {
    HttpResponse<String> page = reader.get("/console/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals(303, reader.get("/console").statusCode());
    assertEquals(200, reader.get("/console/app.js").statusCode());
    assertEquals(404, reader.get("/console/..%2FWEB-INF%2Fweb.xml").statusCode());
    String zh = reader.get("/console/messages/zh-Hant-TW").body();
    // Taiwan's own wording over Traditional Chinese's, which it inherits the rest from.
    assertTrue(zh.contains("\"lang\":\"zh-Hant-TW\"") && zh.contains("編輯台"), zh);
  }
}

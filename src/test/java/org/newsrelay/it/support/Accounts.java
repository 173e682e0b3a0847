package org.newsrelay.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

/**
 * People with given roles, made by the admin through the users API; unique per run, since the test
 * database outlives runs. Each person can act as a wire or an editor with their own credentials.
 */
public final class Accounts {
  public static final String PASSWORD = "desk-test-password-1";

  private final Http admin;
  private final URL base;

  public Accounts(URL base, Http admin) {
    this.base = base;
    this.admin = admin;
  }

  /** Eight characters nobody else in the shared database has. */
  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** Someone with an account, and a client that sends their Basic credentials. */
  public record Person(String username, Http http, Http admin) {
    /** The origin of the stories this person pushes, as the desk names it. */
    public String origin() {
      return "push:" + username;
    }

    public Wire wire() {
      return new Wire(http, admin, origin());
    }

    public Editor editor() {
      return new Editor(http, username);
    }
  }

  /** A new account with these roles. */
  public Person person(String prefix, String... roles) {
    String username = prefix + "-" + unique();
    HttpResponse<String> created =
        admin.postJson(
            "/api/v1/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", PASSWORD)
                .add("roles", Json.createArrayBuilder(List.of(roles)))
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return new Person(username, new Http(base, username, PASSWORD), admin);
  }

  /** A new account with the role wire, pushing as itself. */
  public Wire wire(String prefix) {
    return person(prefix, "wire").wire();
  }

  /** A new account with the role editor, at the desk as itself. */
  public Editor editor(String prefix) {
    return person(prefix, "editor").editor();
  }
}

package org.newsrelay.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Stories for the feed tests: pushed through the API like a wire would, and, for the workflow the
 * story desk does not expose yet (kill, embargo), changed straight in the test database. Such a
 * change fires no StoryChanged event, so the tests push another story afterwards, as the desk's own
 * change would, to invalidate the cache.
 */
public final class FeedStories {
  private final Http http;

  public FeedStories(Http http) {
    this.http = http;
  }

  public String push(String language, String headline, String body, Instant versionCreated) {
    return push(
        "urn:newsrelay:feed-it:" + UUID.randomUUID(), language, headline, body, versionCreated);
  }

  public String push(
      String uri, String language, String headline, String body, Instant versionCreated) {
    String json =
        Json.createObjectBuilder()
            .add("uri", uri)
            .add("language", language)
            .add("headline", headline)
            .add("body_text", body)
            .add("versioncreated", versionCreated.toString())
            .build()
            .toString();
    HttpResponse<String> response = http.postJson("/api/v1/stories", json);
    assertEquals(202, response.statusCode(), response.body());
    return Http.json(response).getString("id");
  }

  public void kill(String id, String reason) {
    update(
        "update story set status = 'killed', killed_at = ?, kill_reason = ? where id = ?",
        Timestamp.from(Instant.now()),
        reason,
        UUID.fromString(id));
  }

  /** A link stored as rows written before the door checked links may hold it. */
  public void storeLink(String id, String link) {
    update("update story set link = ? where id = ?", link, UUID.fromString(id));
  }

  public void embargo(String id, Instant until) {
    update(
        "update story set embargoed_until = ? where id = ?",
        Timestamp.from(until),
        UUID.fromString(id));
  }

  private static void update(String sql, Object... parameters) {
    // it.db.url is the PostgreSQL server's database: on the embedded H2 server there is no way in.
    Assumptions.assumeFalse(
        "h2".equals(System.getProperty("arquillian.launch")), "needs the PostgreSQL test server");
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("it.db.url"),
                System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      assertEquals(1, statement.executeUpdate(), sql);
    } catch (SQLException e) {
      throw new AssertionError("Could not change the test database: " + e.getMessage(), e);
    }
  }
}

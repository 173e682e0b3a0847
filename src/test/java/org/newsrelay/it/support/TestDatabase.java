package org.newsrelay.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL test database, straight, for states no API can make: rows written before a check
 * at the door existed, an outage's leftovers, a stalled table. Skipped on the embedded H2 server.
 */
public final class TestDatabase {
  private TestDatabase() {}

  /** A connection to the suite server's database; on the embedded H2 server there is no way in. */
  public static Connection connect() throws SQLException {
    Assumptions.assumeFalse(
        "h2".equals(System.getProperty("arquillian.launch")), "needs the PostgreSQL test server");
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }

  /**
   * A link stored as rows written before the door checked links may hold it. Such a change fires no
   * StoryChanged event: push another story afterwards to invalidate the feed cache.
   */
  public static void storeLink(String storyId, String link) {
    String sql = "update story set link = ? where id = ?";
    try (Connection db = connect();
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setObject(1, link);
      statement.setObject(2, UUID.fromString(storyId));
      assertEquals(1, statement.executeUpdate(), sql);
    } catch (SQLException e) {
      throw new AssertionError("Could not change the test database: " + e.getMessage(), e);
    }
  }
}

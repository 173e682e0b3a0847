package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {
  @Test
  void aStatementTimeoutDeepInTheCausesIsTheDatabases() {
    SQLException cancelled =
        new SQLException("ERROR: canceling statement due to statement timeout", "57014");
    assertTrue(
        DatabaseUnavailable.is(
            new RuntimeException(new PersistenceException("could not execute", cancelled))));
  }

  @Test
  void aLockTimeoutAConnectionLossAndAnEmptyPoolAreToo() {
    assertTrue(DatabaseUnavailable.is(new SQLException("lock", "55P03")));
    assertTrue(DatabaseUnavailable.is(new SQLException("Timeout trying to lock", "HYT00")));
    assertTrue(DatabaseUnavailable.is(new SQLException("refused", "08001")));
    assertTrue(
        DatabaseUnavailable.is(
            new PersistenceException(
                new SQLException(
                    "IJ031084: Unable to create connection",
                    new IllegalStateException(
                        "IJ000655: No managed connections available within configured blocking"
                            + " timeout (5000 [ms])")))));
  }

  @Test
  void aBugIsNot() {
    assertFalse(DatabaseUnavailable.is(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseUnavailable.is(new NullPointerException()));
  }

  @Test
  void theProblemIs503() {
    assertEquals(503, ProblemMappers.databaseUnavailableProblem().status());
    assertTrue(ProblemMappers.databaseUnavailableProblem().toJson().contains("\"status\":503"));
  }
}

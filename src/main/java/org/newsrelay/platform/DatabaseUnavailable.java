package org.newsrelay.platform;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.util.Set;

/**
 * A database that did not answer in time, or at all: a statement timeout, a lock that was not
 * granted, no free connection in the pool, a lost connection. The client did nothing wrong and the
 * same request may well succeed shortly, so a request gets 503 with {@code Retry-After}, and
 * background work leaves its item to be taken up again (docs/security.md, "Time limits").
 */
public final class DatabaseUnavailable {
  /** Seconds a client is asked to wait: about one statement timeout. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /**
   * SQLStates of a database that is slow or away, PostgreSQL's and H2's: query cancelled (statement
   * timeout), lock not available, lock timeout (H2), shutting down, cannot connect now, too many
   * connections.
   */
  private static final Set<String> STATES =
      Set.of("57014", "55P03", "HYT00", "57P01", "57P02", "57P03", "53300");

  /** IronJacamar's "No managed connections available within configured blocking timeout". */
  private static final String POOL_TIMEOUT = "IJ000655";

  private DatabaseUnavailable() {}

  /** Whether this failure, or one of its causes, is the database's slowness or absence. */
  public static boolean is(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof QueryTimeoutException || cause instanceof LockTimeoutException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (STATES.contains(sql.getSQLState()) || sql.getSQLState().startsWith("08"))) {
        return true;
      }
      String message = cause.getMessage();
      if (message != null
          && (message.contains(POOL_TIMEOUT)
              || message.contains("No managed connections available within configured"))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}

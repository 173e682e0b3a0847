package org.newsrelay.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * How long one SQL statement may run. Every connection of the datasource starts with the request
 * limit, {@link Setting#DB_STATEMENT_TIMEOUT} (wildfly-config/20-datasource.cli): a reader waits
 * seconds, not minutes. Background work made of one long statement, or waiting on locks that other
 * background work holds for a whole batch, raises the limit for its own transaction only, so no
 * pooled connection ever goes back to a request with a longer one. On PostgreSQL, that is; H2, the
 * first-run database, keeps its one limit.
 */
@ApplicationScoped
public class StatementTimeouts {
  /** {@link Setting#DB_BACKGROUND_STATEMENT_TIMEOUT}. */
  static final long BACKGROUND_MILLIS =
      Settings.current().dbBackgroundStatementTimeout().toMillis();

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:jboss/datasources/NewsrelayDS")
  DataSource dataSource;

  /** A figure read for the metrics (a count over an index) gives up after this long. */
  static final long READING_MILLIS = 2000;

  private volatile Boolean postgres;

  /**
   * For the rest of the caller's transaction (it must have one): the background limit. The first
   * statement of a transaction, before any that might wait.
   */
  public void background() {
    if (postgres()) {
      em.createNativeQuery("set local statement_timeout = " + BACKGROUND_MILLIS).executeUpdate();
    }
  }

  /**
   * For the rest of the caller's transaction: the metrics' short limit, so that a count the planner
   * gets wrong (on a table never analysed, say) gives up in seconds instead of holding a
   * connection.
   */
  public void reading() {
    if (postgres()) {
      em.createNativeQuery("set local statement_timeout = " + READING_MILLIS).executeUpdate();
    }
  }

  /** Whether the database is PostgreSQL (else the embedded H2), asked of it once. */
  public boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = isPostgres(connection);
      } catch (SQLException e) {
        // Asked again next time; meanwhile the request limit stays, which is only stricter.
        return false;
      }
      postgres = known;
    }
    return known;
  }

  private static boolean isPostgres(Connection connection) throws SQLException {
    return connection
        .getMetaData()
        .getDatabaseProductName()
        .toLowerCase(Locale.ROOT)
        .contains("postgres");
  }

  /**
   * The pool for schema migrations, whose index builds on a large table may take minutes: each
   * connection handed out has no statement limit, and gets its startup limit back (RESET) before it
   * returns to the pool.
   */
  public static DataSource unlimited(DataSource pool) {
    return proxy(
        DataSource.class,
        (proxy, method, args) -> {
          Object result = call(pool, method, args);
          return result instanceof Connection connection ? unlimited(connection) : result;
        });
  }

  private static Connection unlimited(Connection connection) throws SQLException {
    if (!isPostgres(connection)) {
      return connection;
    }
    run(connection, "set statement_timeout = 0");
    return proxy(
        Connection.class,
        (proxy, method, args) -> {
          if (method.getName().equals("close") && !connection.isClosed()) {
            if (!connection.getAutoCommit()) {
              // A RESET in a transaction that is rolled back later would be undone with it.
              connection.rollback();
            }
            run(connection, "reset statement_timeout");
          }
          return call(connection, method, args);
        });
  }

  private static void run(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
    return (T)
        Proxy.newProxyInstance(
            StatementTimeouts.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

package org.newsrelay.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date at deployment, before anything else touches the database. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/NewsrelayDS")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    String product = productName();
    // Large text has a different name in each database; everything else in the migrations is common
    // SQL.
    Map<String, String> types =
        product.contains("postgres")
            ? Map.of("text", "text")
            : Map.of("text", "character large object");
    var result =
        Flyway.configure(getClass().getClassLoader())
            // Index builds on a large table outlast the requests' statement timeout.
            .dataSource(StatementTimeouts.unlimited(dataSource))
            // PostgreSQL alone has migrations of its own too (full-text search's columns).
            .locations(
                product.contains("postgres")
                    ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                    : new String[] {"classpath:db/migration"})
            .placeholders(types)
            // Domains add migrations on parallel branches (story, ingest V2-V19, feed V20-29,
            // partner V30-39, topic V40-49): a lower version merged late must still apply.
            .outOfOrder(true)
            // ...and a database that a newer branch already migrated still deploys an older one.
            .ignoreMigrationPatterns("*:missing", "*:future")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema on "
                + product
                + " at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  private String productName() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("The database is not reachable: " + e.getMessage(), e);
    }
  }
}

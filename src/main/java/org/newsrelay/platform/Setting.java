package org.newsrelay.platform;

import java.util.Locale;

/**
 * Every setting of an installation, the application's and the server's: its name, its default, what
 * it means and who reads it. The one place a default is written down: {@link Settings} parses the
 * defaults of the application's settings from here, the CLI scripts' expressions must carry the
 * same ones, and README.md's settings table is generated from this list (SettingsTableTest fails
 * when either differs, and prints the table to paste).
 *
 * <p>Each is an environment variable, {@code NEWSRELAY_X_Y}; where its reader allows, a system
 * property named in lower case with dots, {@code newsrelay.x.y}, wins over it.
 */
public enum Setting {
  ADMIN_PASSWORD(
      Reader.APPLICATION,
      null,
      "generated, logged once",
      "password of the first admin, `admin`, created once per installation (a deleted admin stays"
          + " deleted); it must meet the password rules (12 to 200 characters), or the first start"
          + " fails",
      true),
  PUBLIC_URL(
      Reader.APPLICATION,
      null,
      "the address the connection arrived at",
      "where readers and WebSub hubs reach this server, an absolute `http` or `https` URL (feed"
          + " links and the cache keys that hold them, never the `Host` header; the origin allowed"
          + " to post changes from a browser; the callback for the hubs of polled feeds, which are"
          + " not subscribed to without it)"),
  FETCH_ALLOW(
      Reader.APPLICATION,
      null,
      "empty",
      "hosts or CIDR ranges, separated by commas, the poller may fetch although they are private or"
          + " loopback"),
  DB_URL(
      Reader.SERVER,
      "jdbc:h2:file:${jboss.server.data.dir}/newsrelay/newsrelay;DB_CLOSE_ON_EXIT=FALSE",
      "an H2 file database in the server's data directory",
      "JDBC URL of the database, such as `jdbc:postgresql://db.example/newsrelay` for PostgreSQL"),
  DB_USER(Reader.SERVER, "sa", "sa", "database user"),
  DB_PASSWORD(Reader.SERVER, "sa", "sa", "database user's password", true),
  DB_DRIVER(
      Reader.SERVER,
      "h2",
      "follows `NEWSRELAY_DB_URL` (`postgresql` for a PostgreSQL URL, else `h2`;"
          + " `bin/standalone.conf`, written by `wildfly-config/apply.sh`)",
      "the datasource's JDBC driver, to set only for another driver module"),
  DB_POOL(Reader.SERVER_VARIABLE_ONLY, "30", "30", "database connections"),
  DB_STATEMENT_TIMEOUT(
      Reader.SERVER,
      "5000",
      "5000",
      "milliseconds one SQL statement of a request may run (lock waits included); then 503 with"
          + " `Retry-After`"),
  DB_POOL_WAIT(
      Reader.SERVER,
      "5000",
      "5000",
      "milliseconds a thread waits for a free database connection; then 503"),
  DB_BACKGROUND_STATEMENT_TIMEOUT(
      Reader.APPLICATION,
      "120000",
      "120000",
      "milliseconds one statement of background work (ingest batches, inbox sweep, WebSub claims)"
          + " may run, on PostgreSQL"),
  LOG_LEVEL(
      Reader.SERVER_VARIABLE_ONLY, "INFO", "INFO", "level of the `org.newsrelay` log category"),
  FEED_CACHE_BYTES(
      Reader.APPLICATION,
      "268435456",
      "268435456 (256 MiB)",
      "bytes of rendered feeds and pages each node keeps in memory"),
  FEED_CACHE_ENTRIES(
      Reader.SERVER_VARIABLE_ONLY,
      "5000",
      "5000",
      "entries (converted stories, generations) in the Infinispan feed cache; read at every start"),
  FEED_CURSOR_KEY(
      Reader.APPLICATION,
      null,
      "generated per installation, kept in the database",
      "secret that signs feed paging cursors; set it only to choose it yourself (the same on every"
          + " node)",
      true),
  FEED_TOMBSTONE_DAYS(
      Reader.APPLICATION, "30", "30", "days a killed story's RFC 6721 tombstone stays in Atom"),
  SIGNIN_ACCOUNT_FAILURES(
      Reader.APPLICATION,
      "5",
      "5",
      "wrong passwords for one account before sign-in slows down (429, waits doubling from 1 s to"
          + " 15 min)"),
  SIGNIN_ADDRESS_FAILURES(
      Reader.APPLICATION,
      "30",
      "30",
      "wrong passwords from one client address (IPv6: one /64) before it slows down likewise"),
  CONSOLE_SESSION_HOURS(Reader.APPLICATION, "12", "12", "hours an editor's console session lasts"),
  MAX_REQUEST_BYTES(
      Reader.APPLICATION, "10485760", "10485760 (10 MiB)", "largest request body; larger is 413"),
  MAX_JSON_DEPTH(Reader.APPLICATION, "64", "64", "deepest nesting of a JSON body; deeper is 400"),
  MAX_XML_DEPTH(
      Reader.APPLICATION,
      "100",
      "100",
      "deepest nesting of a pushed Atom entry or a polled feed; deeper is 400, or a failure of that"
          + " source"),
  TOPIC_REEVALUATE_DAYS(
      Reader.APPLICATION,
      "7",
      "7",
      "how many days back new topic rules are applied to stories already stored"),
  TOPIC_REEVALUATE_LIMIT(
      Reader.APPLICATION,
      "5000",
      "5000",
      "how many stories already stored, at most, new topic rules are applied to");

  /** Who reads a setting, and so where a change takes effect. */
  public enum Reader {
    /** {@link Settings}, once per start: the system property first, then the variable. */
    APPLICATION,
    /**
     * The server, through an expression of a {@code wildfly-config/*.cli} script, {@code
     * ${newsrelay.x.y,env.NEWSRELAY_X_Y:default}}: the system property first, then the variable.
     */
    SERVER,
    /** The server, through {@code ${env.NEWSRELAY_X_Y:default}}: the variable only. */
    SERVER_VARIABLE_ONLY
  }

  private final Reader reader;
  private final String defaultValue;
  private final String shownDefault;
  private final String meaning;
  private final boolean secret;

  Setting(Reader reader, String defaultValue, String shownDefault, String meaning) {
    this(reader, defaultValue, shownDefault, meaning, false);
  }

  Setting(Reader reader, String defaultValue, String shownDefault, String meaning, boolean secret) {
    this.reader = reader;
    this.defaultValue = defaultValue;
    this.shownDefault = shownDefault;
    this.meaning = meaning;
    this.secret = secret;
  }

  /** The environment variable, {@code NEWSRELAY_PUBLIC_URL}. */
  public String variable() {
    return "NEWSRELAY_" + name();
  }

  /**
   * The system property, {@code newsrelay.public.url}; see {@link #reader()} for who honours it.
   */
  public String property() {
    return "newsrelay." + name().toLowerCase(Locale.ROOT).replace('_', '.');
  }

  public Reader reader() {
    return reader;
  }

  /**
   * The value taken when the setting is not given, written as an operator would write it; null when
   * its absence means something no value says (generate a password, use the request's address).
   */
  public String defaultValue() {
    return defaultValue;
  }

  /** The default as README.md's table says it, for a reader. */
  public String shownDefault() {
    return shownDefault;
  }

  /** What the setting means, as README.md's table says it. */
  public String meaning() {
    return meaning;
  }

  /** A password or a key: its value is never logged, not even when it is malformed. */
  public boolean secret() {
    return secret;
  }

  /** The variable's name, which is what an operator sets and what messages name. */
  @Override
  public String toString() {
    return variable();
  }
}

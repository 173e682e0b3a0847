package org.newsrelay.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The application's settings ({@link Setting.Reader#APPLICATION}), typed: one method per setting,
 * each value parsed and checked once, when the installation's settings are first read (at
 * deployment, by {@link SettingsCheck}). A system property ({@code newsrelay.public.url}) wins over
 * the environment variable ({@code NEWSRELAY_PUBLIC_URL}); a blank one counts as not given. A
 * malformed value stops the deployment with one log line per setting, naming it, where it came from
 * and what is wrong with it, rather than failing some request later.
 *
 * <p>A plain class, not MicroProfile Config (which WildFly ships): the settings are read from
 * Undertow's threads (the feed fast lane) and from static initialisers, where CDI is not at hand; a
 * unit test builds one from two maps, without a container; and MicroProfile Config would also take
 * other spellings of a name ({@code newsrelay_public_url}, {@code NEWSRELAY.PUBLIC.URL}) that
 * nothing here documents.
 */
public final class Settings {
  private static final Logger LOG = Logger.getLogger(Settings.class.getName());

  private static final Object LOCK = new Object();
  private static volatile Settings current;
  private static InvalidSettings refused;

  /** A value as given, and where: "the system property newsrelay.x.y" or "the variable ...". */
  private record Given(String text, String where) {}

  private final Map<Setting, Given> given = new EnumMap<>(Setting.class);

  private final Optional<String> adminPassword;
  private final Optional<URI> publicUrl;
  private final String fetchAllow;
  private final Duration dbBackgroundStatementTimeout;
  private final long feedCacheBytes;
  private final Optional<String> feedCursorKey;
  private final Duration feedTombstoneRetention;
  private final int signinAccountFailures;
  private final int signinAddressFailures;
  private final Duration consoleSession;
  private final long maxRequestBytes;
  private final int maxJsonDepth;
  private final int maxXmlDepth;
  private final Duration topicReevaluateWindow;
  private final int topicReevaluateLimit;

  /**
   * Reads and checks every application setting.
   *
   * @param properties system properties by name, as {@link System#getProperty(String)}
   * @param environment environment variables by name, as {@link System#getenv(String)}
   * @throws InvalidSettings naming every malformed setting
   */
  Settings(Function<String, String> properties, Function<String, String> environment) {
    for (Setting setting : Setting.values()) {
      if (setting.reader() == Setting.Reader.APPLICATION) {
        given(setting, properties, environment).ifPresent(value -> given.put(setting, value));
      }
    }
    List<String> problems = new ArrayList<>();
    adminPassword = text(Setting.ADMIN_PASSWORD);
    publicUrl = parsed(Setting.PUBLIC_URL, Settings::baseUrl, problems);
    fetchAllow = text(Setting.FETCH_ALLOW).orElse("");
    dbBackgroundStatementTimeout =
        Duration.ofMillis(count(Setting.DB_BACKGROUND_STATEMENT_TIMEOUT, 1, problems));
    feedCacheBytes = bytes(Setting.FEED_CACHE_BYTES, problems);
    feedCursorKey = text(Setting.FEED_CURSOR_KEY);
    feedTombstoneRetention = Duration.ofDays(count(Setting.FEED_TOMBSTONE_DAYS, 0, problems));
    signinAccountFailures = count(Setting.SIGNIN_ACCOUNT_FAILURES, 0, problems);
    signinAddressFailures = count(Setting.SIGNIN_ADDRESS_FAILURES, 0, problems);
    consoleSession = Duration.ofHours(count(Setting.CONSOLE_SESSION_HOURS, 1, problems));
    maxRequestBytes = bytes(Setting.MAX_REQUEST_BYTES, problems);
    maxJsonDepth = count(Setting.MAX_JSON_DEPTH, 1, problems);
    maxXmlDepth = count(Setting.MAX_XML_DEPTH, 1, problems);
    topicReevaluateWindow = Duration.ofDays(count(Setting.TOPIC_REEVALUATE_DAYS, 0, problems));
    topicReevaluateLimit = count(Setting.TOPIC_REEVALUATE_LIMIT, 0, problems);
    if (!problems.isEmpty()) {
      throw new InvalidSettings(problems);
    }
  }

  /**
   * Settings from the given lookups instead of the process's, for tests.
   *
   * @throws InvalidSettings naming every malformed setting (not logged)
   */
  public static Settings from(
      Function<String, String> properties, Function<String, String> environment) {
    return new Settings(properties, environment);
  }

  /**
   * This installation's settings: system properties over environment variables, read once.
   *
   * @throws InvalidSettings when one is malformed, on this and every later call (logged once)
   */
  public static Settings current() {
    Settings known = current;
    if (known != null) {
      return known;
    }
    synchronized (LOCK) {
      if (current == null) {
        if (refused != null) {
          throw refused;
        }
        try {
          current = new Settings(System::getProperty, System::getenv);
        } catch (InvalidSettings e) {
          for (String problem : e.problems()) {
            LOG.severe(problem);
          }
          refused = e;
          throw e;
        }
      }
      return current;
    }
  }

  /** Password of the first admin, when an operator chose it. */
  public Optional<String> adminPassword() {
    return adminPassword;
  }

  /**
   * Where readers and hubs reach this server: an absolute http(s) URL without query or fragment,
   * its path ending in a slash ({@code https://news.example/} for {@code https://news.example}).
   */
  public Optional<URI> publicUrl() {
    return publicUrl;
  }

  /**
   * The fetch allowlist as given, empty when it is not: {@code http.AddressAllowlist} parses it
   * (and reports a bad entry with {@link #invalid}).
   */
  public String fetchAllow() {
    return fetchAllow;
  }

  public Duration dbBackgroundStatementTimeout() {
    return dbBackgroundStatementTimeout;
  }

  public long feedCacheBytes() {
    return feedCacheBytes;
  }

  /** The feed cursor key, when an operator chose it; else the installation generates one. */
  public Optional<String> feedCursorKey() {
    return feedCursorKey;
  }

  public Duration feedTombstoneRetention() {
    return feedTombstoneRetention;
  }

  public int signinAccountFailures() {
    return signinAccountFailures;
  }

  public int signinAddressFailures() {
    return signinAddressFailures;
  }

  public Duration consoleSession() {
    return consoleSession;
  }

  public long maxRequestBytes() {
    return maxRequestBytes;
  }

  public int maxJsonDepth() {
    return maxJsonDepth;
  }

  public int maxXmlDepth() {
    return maxXmlDepth;
  }

  public Duration topicReevaluateWindow() {
    return topicReevaluateWindow;
  }

  public int topicReevaluateLimit() {
    return topicReevaluateLimit;
  }

  /**
   * The failure for a setting whose value a domain checks further (the fetch allowlist's entries),
   * logged as a malformed value found here would be.
   *
   * @param problem what is wrong with the value, such as "entry 'x' is neither a host nor a range"
   */
  public InvalidSettings invalid(Setting setting, String problem) {
    String described = describe(setting, given.get(setting), problem);
    LOG.severe(described);
    return new InvalidSettings(List.of(described));
  }

  /** One or more malformed settings; each problem names its setting and what is wrong. */
  public static final class InvalidSettings extends IllegalStateException {
    private final List<String> problems;

    InvalidSettings(List<String> problems) {
      super(String.join(" ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private static Optional<Given> given(
      Setting setting, Function<String, String> properties, Function<String, String> environment) {
    String property = properties.apply(setting.property());
    if (property != null && !property.isBlank()) {
      return Optional.of(new Given(property.trim(), "the system property " + setting.property()));
    }
    String variable = environment.apply(setting.variable());
    if (variable != null && !variable.isBlank()) {
      return Optional.of(
          new Given(variable.trim(), "the environment variable " + setting.variable()));
    }
    return Optional.empty();
  }

  private Optional<String> text(Setting setting) {
    Given value = given.get(setting);
    return Optional.ofNullable(value == null ? setting.defaultValue() : value.text());
  }

  /** The value parsed, or the default's; a problem is added to the list and the default kept. */
  private <T> Optional<T> parsed(
      Setting setting, Function<String, T> parse, List<String> problems) {
    Given value = given.get(setting);
    if (value != null) {
      try {
        return Optional.of(parse.apply(value.text()));
      } catch (IllegalArgumentException e) {
        problems.add(describe(setting, value, e.getMessage()));
      }
    }
    return Optional.ofNullable(setting.defaultValue()).map(parse);
  }

  /** A count (of days, failures, levels...) that fits an int. */
  private int count(Setting setting, int least, List<String> problems) {
    return Math.toIntExact(
        parsed(setting, text -> whole(text, least, Integer.MAX_VALUE), problems).orElseThrow());
  }

  private long bytes(Setting setting, List<String> problems) {
    return parsed(setting, text -> whole(text, 1, Long.MAX_VALUE), problems).orElseThrow();
  }

  /** A whole number from {@code least} to {@code most}, in decimal digits. */
  static long whole(String text, long least, long most) {
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "not a whole number from " + least + " to " + most + " (digits only)");
    }
    if (value < least || value > most) {
      throw new IllegalArgumentException("not from " + least + " to " + most);
    }
    return value;
  }

  /** An absolute http(s) URL with a host, no query and no fragment; its path ends in a slash. */
  static URI baseUrl(String text) {
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL (" + e.getReason() + ")");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new IllegalArgumentException("not an absolute http or https URL");
    }
    if (url.getHost() == null) {
      throw new IllegalArgumentException("a URL without a host");
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "a URL with a query or a fragment, which the base of other addresses cannot have");
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    return path.endsWith("/") ? url : URI.create(text + "/");
  }

  /**
   * "NEWSRELAY_MAX_JSON_DEPTH, from the system property newsrelay.max.json.depth, is 'ten': not a
   * whole number from 1 to 2147483647 (digits only)."
   */
  private static String describe(Setting setting, Given value, String problem) {
    if (value == null) {
      return setting.variable() + ", not set: " + problem + ".";
    }
    String shown = setting.secret() ? "set (value not shown)" : "'" + value.text() + "'";
    return setting.variable() + ", from " + value.where() + ", is " + shown + ": " + problem + ".";
  }
}

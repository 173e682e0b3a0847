package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private static final Map<String, String> NONE = Map.of();

  private static Settings of(Map<String, String> properties, Map<String, String> environment) {
    return Settings.from(properties::get, environment::get);
  }

  private static List<String> problems(
      Map<String, String> properties, Map<String, String> environment) {
    return assertThrows(Settings.InvalidSettings.class, () -> of(properties, environment))
        .problems();
  }

  @Test
  void unsetSettingsTakeTheEnumsDefaults() {
    Settings settings = of(NONE, NONE);
    assertEquals(10L * 1024 * 1024, settings.maxRequestBytes());
    assertEquals(64, settings.maxJsonDepth());
    assertEquals(100, settings.maxXmlDepth());
    assertEquals(5, settings.signinAccountFailures());
    assertEquals(30, settings.signinAddressFailures());
    assertEquals(Duration.ofHours(12), settings.consoleSession());
    assertEquals(Duration.ofDays(30), settings.feedTombstoneRetention());
    assertEquals(256L << 20, settings.feedCacheBytes());
    assertEquals(Duration.ofDays(7), settings.topicReevaluateWindow());
    assertEquals(5000, settings.topicReevaluateLimit());
    assertEquals(Duration.ofMillis(120_000), settings.dbBackgroundStatementTimeout());
    assertEquals(Optional.empty(), settings.publicUrl());
    assertEquals(Optional.empty(), settings.adminPassword());
    assertEquals(Optional.empty(), settings.feedCursorKey());
    assertEquals("", settings.fetchAllow());
  }

  @Test
  void theSystemPropertyWinsOverTheVariable() {
    Settings settings =
        of(
            Map.of("newsrelay.max.json.depth", "12"),
            Map.of("NEWSRELAY_MAX_JSON_DEPTH", "34", "NEWSRELAY_MAX_XML_DEPTH", "56"));
    assertEquals(12, settings.maxJsonDepth());
    assertEquals(56, settings.maxXmlDepth());
  }

  @Test
  void aBlankValueCountsAsUnsetAndValuesAreTrimmed() {
    Settings settings =
        of(
            Map.of("newsrelay.max.json.depth", "  ", "newsrelay.admin.password", " secret words "),
            Map.of("NEWSRELAY_MAX_JSON_DEPTH", " 34 ", "NEWSRELAY_MAX_XML_DEPTH", ""));
    assertEquals(34, settings.maxJsonDepth());
    assertEquals(100, settings.maxXmlDepth());
    assertEquals(Optional.of("secret words"), settings.adminPassword());
  }

  @Test
  void namesFollowTheConstant() {
    assertEquals("NEWSRELAY_PUBLIC_URL", Setting.PUBLIC_URL.variable());
    assertEquals("newsrelay.public.url", Setting.PUBLIC_URL.property());
    assertEquals("NEWSRELAY_PUBLIC_URL", Setting.PUBLIC_URL.toString());
  }

  @Test
  void theDefaultsOfTheApplicationsSettingsParse() {
    for (Setting setting : Setting.values()) {
      if (setting.reader() == Setting.Reader.APPLICATION && setting.defaultValue() != null) {
        assertEquals(
            setting.defaultValue(), setting.defaultValue().strip(), setting + "'s default");
      }
    }
    of(NONE, NONE); // would throw if one did not
  }

  @Test
  void theDurationsAreInTheirSettingsUnits() {
    Settings settings =
        of(
            Map.of(
                "newsrelay.console.session.hours", "3",
                "newsrelay.feed.tombstone.days", "2",
                "newsrelay.topic.reevaluate.days", "0",
                "newsrelay.db.background.statement.timeout", "1500"),
            NONE);
    assertEquals(Duration.ofHours(3), settings.consoleSession());
    assertEquals(Duration.ofDays(2), settings.feedTombstoneRetention());
    assertEquals(Duration.ZERO, settings.topicReevaluateWindow());
    assertEquals(Duration.ofMillis(1500), settings.dbBackgroundStatementTimeout());
  }

  @Test
  void largeByteCountsAreTaken() {
    Settings settings = of(NONE, Map.of("NEWSRELAY_FEED_CACHE_BYTES", "8589934592"));
    assertEquals(8L << 30, settings.feedCacheBytes());
  }

  @Test
  void aNumberThatIsNotOneNamesTheSettingWhereItCameFromAndWhy() {
    assertEquals(
        List.of(
            "NEWSRELAY_MAX_REQUEST_BYTES, from the system property newsrelay.max.request.bytes, is"
                + " '10MB': not a whole number from 1 to 9223372036854775807 (digits only)."),
        problems(Map.of("newsrelay.max.request.bytes", "10MB"), NONE));
    assertEquals(
        List.of(
            "NEWSRELAY_SIGNIN_ACCOUNT_FAILURES, from the environment variable"
                + " NEWSRELAY_SIGNIN_ACCOUNT_FAILURES, is 'five': not a whole number from 0 to"
                + " 2147483647 (digits only)."),
        problems(NONE, Map.of("NEWSRELAY_SIGNIN_ACCOUNT_FAILURES", "five")));
  }

  @Test
  void aNumberOutOfRangeIsRefused() {
    assertEquals(
        List.of(
            "NEWSRELAY_MAX_JSON_DEPTH, from the environment variable NEWSRELAY_MAX_JSON_DEPTH, is"
                + " '0': not from 1 to 2147483647."),
        problems(NONE, Map.of("NEWSRELAY_MAX_JSON_DEPTH", "0")));
    assertEquals(1, problems(NONE, Map.of("NEWSRELAY_CONSOLE_SESSION_HOURS", "4294967296")).size());
    assertEquals(1, problems(NONE, Map.of("NEWSRELAY_FEED_TOMBSTONE_DAYS", "-1")).size());
  }

  @Test
  void everyMalformedSettingIsReportedAtOnce() {
    List<String> problems =
        problems(
            Map.of("newsrelay.max.xml.depth", "deep"),
            Map.of("NEWSRELAY_TOPIC_REEVALUATE_LIMIT", "1e4", "NEWSRELAY_PUBLIC_URL", "news"));
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("NEWSRELAY_PUBLIC_URL,"), problems.toString());
    assertTrue(problems.get(1).startsWith("NEWSRELAY_MAX_XML_DEPTH,"), problems.toString());
    assertTrue(
        problems.get(2).startsWith("NEWSRELAY_TOPIC_REEVALUATE_LIMIT,"), problems.toString());
  }

  @Test
  void thePublicUrlIsABaseWithATrailingSlash() {
    assertEquals(
        Optional.of(URI.create("https://news.example/")),
        of(NONE, Map.of("NEWSRELAY_PUBLIC_URL", "https://news.example")).publicUrl());
    assertEquals(
        Optional.of(URI.create("http://127.0.0.1:8580/relay/")),
        of(Map.of("newsrelay.public.url", "http://127.0.0.1:8580/relay"), NONE).publicUrl());
    assertEquals(
        Optional.of(URI.create("HTTPS://news.example:8443/")),
        of(NONE, Map.of("NEWSRELAY_PUBLIC_URL", "HTTPS://news.example:8443/")).publicUrl());
  }

  @Test
  void aPublicUrlThatIsNoAbsoluteHttpUrlIsRefused() {
    assertEquals(
        List.of(
            "NEWSRELAY_PUBLIC_URL, from the environment variable NEWSRELAY_PUBLIC_URL, is"
                + " 'news.example/': not an absolute http or https URL."),
        problems(NONE, Map.of("NEWSRELAY_PUBLIC_URL", "news.example/")));
    for (String malformed :
        List.of(
            "ftp://news.example/",
            "localhost:8080",
            "http:news",
            "http://news.example/?x=1",
            "http://news.example/#top",
            "http://news example/")) {
      List<String> problems = problems(NONE, Map.of("NEWSRELAY_PUBLIC_URL", malformed));
      assertEquals(1, problems.size(), malformed);
      assertTrue(
          problems.get(0).startsWith("NEWSRELAY_PUBLIC_URL, from the environment variable"),
          problems.get(0));
      assertTrue(problems.get(0).contains("'" + malformed + "': "), problems.get(0));
    }
  }

  @Test
  void aSecretIsNeverShown() {
    Settings settings = of(NONE, Map.of("NEWSRELAY_FEED_CURSOR_KEY", "do-not-print"));
    String problem = settings.invalid(Setting.FEED_CURSOR_KEY, "too short").getMessage();
    assertEquals(
        "NEWSRELAY_FEED_CURSOR_KEY, from the environment variable NEWSRELAY_FEED_CURSOR_KEY, is set"
            + " (value not shown): too short.",
        problem);
    assertFalse(problem.contains("do-not-print"));
  }

  @Test
  void aDomainsOwnCheckIsReportedTheSameWay() {
    Settings settings = of(Map.of("newsrelay.fetch.allow", "10.0.0.0/33"), NONE);
    assertEquals("10.0.0.0/33", settings.fetchAllow());
    assertEquals(
        "NEWSRELAY_FETCH_ALLOW, from the system property newsrelay.fetch.allow, is '10.0.0.0/33':"
            + " prefix length out of range.",
        settings.invalid(Setting.FETCH_ALLOW, "prefix length out of range").getMessage());
  }
}

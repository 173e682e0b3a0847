package org.newsrelay.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsrelay.http.AddressAllowlist;
import org.newsrelay.http.FetchException;
import org.newsrelay.http.FetchPolicy;
import org.newsrelay.http.FetchResult;
import org.newsrelay.http.Fetcher;
import org.newsrelay.http.LocalHttpServer;

/**
 * Python feedparser's test corpus, served over HTTP with each file's headers, fetched and parsed
 * the way the poller does. Only feedparser's assertions that map onto our model are checked (see
 * docs/ingest-conformance.md); the test fails when a folder's passes drop below its recorded floor
 * or when anything other than a FeedParseException escapes.
 */
class FeedparserConformanceTest {

  /**
   * Passes per folder as recorded in docs/ingest-conformance.md; raise them as the parser improves.
   */
  private static final Map<String, Integer> FLOORS =
      Map.ofEntries(
          Map.entry("encoding", 74),
          Map.entry("entities", 243),
          Map.entry("illformed", 12),
          Map.entry("wellformed/amp", 54),
          Map.entry("wellformed/atom", 118),
          Map.entry("wellformed/atom10", 223),
          Map.entry("wellformed/base", 82),
          Map.entry("wellformed/lang", 61),
          Map.entry("wellformed/namespace", 11),
          Map.entry("wellformed/rdf", 10),
          Map.entry("wellformed/rss", 155),
          Map.entry("wellformed/xml", 2));

  private static final boolean VERBOSE = Boolean.getBoolean("conformance.verbose");

  /** Counts for one folder of the corpus. */
  private static final class Tally {
    int cases;
    int passed;
    int failed;
    int unmapped;
    int parseErrors;
    final List<String> crashes = new ArrayList<>();
  }

  private enum Verdict {
    PASS,
    FAIL,
    UNMAPPED
  }

  @Test
  void feedparserCorpus() throws Exception {
    Path corpus = corpusPath();
    if (corpus == null || !Files.isRegularFile(corpus.resolve("expectations.json"))) {
      String message =
          "SKIPPED: feedparser conformance: no corpus at "
              + corpus
              + " (set -Dnewsrelay.shared=/path/to/shared)";
      System.err.println(message);
      Assumptions.assumeTrue(false, message);
    }
    JsonArray cases;
    try (JsonReader reader =
        Json.createReader(Files.newBufferedReader(corpus.resolve("expectations.json")))) {
      cases = reader.readObject().getJsonArray("cases");
    }

    Map<String, Tally> tallies = new TreeMap<>();
    FeedParser parser = new FeedParser();
    FetchPolicy policy = FetchPolicy.defaults(AddressAllowlist.parse("127.0.0.1"));
    try (LocalHttpServer server = new LocalHttpServer();
        Fetcher fetcher = new Fetcher(policy)) {
      Map<String, JsonObject> byPath = new TreeMap<>();
      for (JsonValue value : cases) {
        JsonObject c = value.asJsonObject();
        byPath.put("/" + c.getString("file"), c);
      }
      server.handle(
          "/",
          exchange -> {
            JsonObject c = byPath.get(exchange.getRequestURI().getPath());
            if (c == null) {
              LocalHttpServer.respond(exchange, 404, new byte[0]);
              return;
            }
            List<String> headers = new ArrayList<>();
            JsonObject http = c.getJsonObject("httpHeaders");
            if (http != null) {
              http.forEach(
                  (name, v) -> {
                    headers.add(name);
                    headers.add(((JsonString) v).getString());
                  });
            }
            byte[] body = Files.readAllBytes(corpus.resolve(c.getString("file")));
            LocalHttpServer.respond(exchange, 200, body, headers.toArray(String[]::new));
          });

      for (Map.Entry<String, JsonObject> entry : byPath.entrySet()) {
        JsonObject c = entry.getValue();
        Tally tally = tallies.computeIfAbsent(c.getString("suite"), s -> new Tally());
        tally.cases++;
        URI url = server.url(entry.getKey());
        ParsedFeed feed = null;
        FeedParseException parseError = null;
        byte[] body;
        try {
          FetchResult fetched = fetcher.fetch(url, null, null);
          body = fetched.body();
          feed = parser.parse(body, fetched.contentType(), fetched.finalUrl());
        } catch (FeedParseException e) {
          parseError = e;
          body = null;
          tally.parseErrors++;
        } catch (FetchException | RuntimeException e) {
          tally.crashes.add(c.getString("file") + ": " + e);
          continue;
        }
        Verdict verdict =
            judge(
                c,
                feed,
                parseError,
                body == null ? Files.readAllBytes(corpus.resolve(c.getString("file"))) : body);
        switch (verdict) {
          case PASS -> tally.passed++;
          case FAIL -> tally.failed++;
          case UNMAPPED -> tally.unmapped++;
        }
        if (VERBOSE && verdict == Verdict.FAIL) {
          System.out.println(
              "FAIL "
                  + c.getString("file")
                  + " expect: "
                  + c.getString("expect", "")
                  + " got: "
                  + (feed != null ? summary(feed) : parseError.getMessage()));
        }
      }
    }

    System.out.printf(
        "feedparser conformance (%s)%n%-22s %6s %6s %6s %8s %11s %7s %6s%n",
        corpus, "folder", "cases", "pass", "fail", "unmapped", "parse-error", "crash", "floor");
    int totalPass = 0;
    int totalCases = 0;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      int floor = FLOORS.getOrDefault(e.getKey(), 0);
      System.out.printf(
          "%-22s %6d %6d %6d %8d %11d %7d %6d%n",
          e.getKey(),
          t.cases,
          t.passed,
          t.failed,
          t.unmapped,
          t.parseErrors,
          t.crashes.size(),
          floor);
      totalPass += t.passed;
      totalCases += t.cases;
      if (t.passed < floor) {
        problems.add(e.getKey() + ": " + t.passed + " passed, floor is " + floor);
      }
      t.crashes.forEach(crash -> problems.add("not a FeedParseException: " + crash));
    }
    System.out.printf("%-22s %6d %6d%n", "total", totalCases, totalPass);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static Path corpusPath() {
    String shared = System.getProperty("newsrelay.shared");
    if (shared == null || shared.isBlank()) {
      shared = System.getenv("NEWSRELAY_SHARED");
    }
    return shared == null || shared.isBlank() ? null : Path.of(shared, "corpora", "feedparser");
  }

  private static Verdict judge(
      JsonObject c, ParsedFeed feed, FeedParseException error, byte[] body) {
    JsonArray assertions = c.isNull("assertions") ? null : c.getJsonArray("assertions");
    if (assertions == null || assertions.isEmpty()) {
      return Verdict.UNMAPPED;
    }
    int mapped = 0;
    for (JsonValue value : assertions) {
      JsonObject a = value.asJsonObject();
      String op = a.getString("op");
      if (op.equals("bozo")) {
        mapped++;
        boolean bozo = a.getBoolean("value");
        // A bozo document may be recovered or refused; a well-formed one must be read.
        if (!bozo && feed == null) {
          return Verdict.FAIL;
        }
        continue;
      }
      Object ours = feed == null ? null : lookUp(feed, a.getJsonArray("path"));
      if (ours == Unmapped.INSTANCE) {
        continue;
      }
      mapped++;
      if (feed == null || !matches(a.getJsonArray("path"), ours, a.get("value"), body)) {
        return Verdict.FAIL;
      }
    }
    return mapped == 0 ? Verdict.UNMAPPED : Verdict.PASS;
  }

  private enum Unmapped {
    INSTANCE
  }

  /** Our value for one of feedparser's paths, or {@link Unmapped} where our model has none. */
  private static Object lookUp(ParsedFeed feed, JsonArray path) {
    List<String> p = new ArrayList<>();
    for (JsonValue v : path) {
      p.add(
          v instanceof JsonString s
              ? s.getString()
              : v instanceof JsonNumber n ? "#" + n.intValue() : v.toString());
    }
    String joined = String.join("/", p).replaceAll("#\\d+", "#");
    switch (joined) {
      case "encoding":
        return feed.charset();
      case "version":
        return feed.format();
      case "feed/title", "feed/title_detail/value":
        return feed.title();
      case "feed/link":
        return feed.link();
      case "feed/language":
        return feed.language();
      default:
        break;
    }
    if (p.size() >= 3 && p.get(0).equals("entries")) {
      int index = Integer.parseInt(p.get(1).substring(1));
      if (index >= feed.entries().size()) {
        return null;
      }
      ParsedEntry e = feed.entries().get(index);
      String rest = String.join("/", p.subList(2, p.size())).replaceAll("#\\d+", "#");
      switch (rest) {
        case "title", "title_detail/value":
          return e.title();
        case "link":
          return e.link();
        case "id", "guid":
          return e.guid();
        case "summary", "description", "summary_detail/value":
          return e.summaryHtml() != null ? e.summaryHtml() : e.contentHtml();
        case "content/#/value":
          return e.contentHtml();
        case "author":
          return e.author();
        case "published_parsed":
          return e.published();
        case "updated_parsed":
          return e.updated();
        case "tags/#/term":
          int tag = Integer.parseInt(p.get(3).substring(1));
          return tag < e.categories().size() ? e.categories().get(tag) : null;
        default:
          return Unmapped.INSTANCE;
      }
    }
    return Unmapped.INSTANCE;
  }

  private static boolean matches(JsonArray path, Object ours, JsonValue expected, byte[] body) {
    if (ours == null) {
      return expected.getValueType() == JsonValue.ValueType.NULL;
    }
    String last =
        path.getJsonString(path.size() - 1) == null ? "" : path.getString(path.size() - 1);
    if (ours instanceof Instant instant && expected instanceof JsonArray parts) {
      ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
      int[] want = new int[6];
      for (int i = 0; i < 6; i++) {
        want[i] = parts.getInt(i);
      }
      return t.getYear() == want[0]
          && t.getMonthValue() == want[1]
          && t.getDayOfMonth() == want[2]
          && t.getHour() == want[3]
          && t.getMinute() == want[4]
          && t.getSecond() == want[5];
    }
    if (!(expected instanceof JsonString s)) {
      return false;
    }
    String want = s.getString();
    if (last.equals("encoding")) {
      return sameDecoding(want, (String) ours, body);
    }
    if (last.equals("version")) {
      return feedparserVersion((String) ours).equals(want);
    }
    return want.equals(ours);
  }

  /**
   * Our charset decodes the same text as feedparser's: the same charset, the superset we use on
   * purpose (GB18030 for GB2312, Windows-1252 for ISO-8859-1, as browsers do), or UTF-8 where
   * feedparser applied RFC 3023's obsolete US-ASCII default to a body that is pure ASCII anyway.
   */
  static boolean sameDecoding(String feedparsers, String ours, byte[] body) {
    String want = feedparsers.toLowerCase(Locale.ROOT);
    String got = ours.toLowerCase(Locale.ROOT);
    if (want.equals(got)) {
      return true;
    }
    try {
      if (Charset.isSupported(want) && Charset.forName(want).name().equalsIgnoreCase(got)) {
        return true;
      }
    } catch (RuntimeException ignored) {
      // An odd name from feedparser: compare by the rules below.
    }
    boolean asciiBody = true;
    for (byte b : body) {
      asciiBody &= b >= 0;
    }
    return switch (want) {
      case "gb2312", "gbk", "gb18030" -> got.equals("gb18030");
      case "iso-8859-1", "latin-1" -> got.equals("windows-1252");
      case "euc-kr" -> got.equals("x-windows-949");
      case "us-ascii" -> got.equals("windows-1252") || (asciiBody && got.equals("utf-8"));
      default -> false;
    };
  }

  private static String feedparserVersion(String rome) {
    String v = rome.toLowerCase(Locale.ROOT).replace("_", "").replace(".", "");
    return v.equals("rss09") ? "rss090" : v;
  }

  private static String summary(ParsedFeed feed) {
    return "format="
        + feed.format()
        + " charset="
        + feed.charset()
        + " title="
        + feed.title()
        + " link="
        + feed.link()
        + " entries="
        + feed.entries().size()
        + (feed.entries().isEmpty() ? "" : " first=" + feed.entries().get(0))
        + " warnings="
        + feed.warnings();
  }
}

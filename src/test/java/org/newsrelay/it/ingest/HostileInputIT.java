package org.newsrelay.it.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrelay.it.support.Problems.assertProblem;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.FeedHealth;
import org.newsrelay.it.support.FixtureFeedServer;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.Wire;

/**
 * Clean at the door, safe at the renderer (issue 12, class 3), through HTTP: each kind of bad
 * character, link, date, length and nesting a wire or a feed can send. Each test asserts the
 * refusal (a 4xx problem, never a 500) or the sanitised result as readers get it (Atom, RSS, JSON
 * Feed, the story page), and ends with every feed of the language still 200 and well-formed.
 */
class HostileInputIT extends ServerIT {
  static final String MARKUP = "<img src=x onerror=alert(1)>";

  // ---- bad characters: accepted, cleaned, and no feed breaks ----

  @Test
  void aControlCharacterInTheByline() {
    String id = pushed(story("Harbour reopens").add("byline", "Jane\u0007 Doe\u001B"));
    Published story = published(id, "en");
    assertEquals("Jane Doe", story.json.getJsonArray("authors").getJsonObject(0).getString("name"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void uFFFFInTheHeadline() {
    String id = pushed(story("Harbour\uFFFF reopens\uFFFE after storm"));
    assertEquals("Harbour reopens after storm", published(id, "en").json.getString("title"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void uFFFFInAChineseHeadlineBreaksNoVariant() {
    String id =
        pushed(
            story("芯片\uFFFF出口\u0000增长")
                .add("language", "zh-Hans")
                .add("body_text", "芯片出口增长。\u0008" + copy()));
    assertFalse(published(id, "zh-Hans").json.getString("title").contains("\uFFFF"));
    FeedHealth.assertFeedsWellFormed(http, "zh-Hans");
  }

  @Test
  void aLoneSurrogateThroughAJsonEscape() {
    // Written by hand: no JSON library lets a test build a string with half a surrogate pair.
    String json =
        "{\"uri\": \"urn:hostile:"
            + UUID.randomUUID()
            + "\", \"language\": \"en\", \"headline\": \"Lone \\uD800surrogate \\uDC00here\","
            + " \"byline\": \"By \\uDBFF\", \"body_text\": \"Body \\uD800 "
            + copy()
            + "\","
            + " \"versioncreated\": \""
            + Instant.now()
            + "\"}";
    HttpResponse<String> response = wire.send(json);
    assertEquals(202, response.statusCode(), response.body());
    Published story = published(Http.json(response).getString("id"), "en");
    assertEquals("Lone surrogate here", story.json.getString("title"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void uPlus0000InEveryField() {
    String id =
        pushed(
            story("Null\u0000 headline")
                .add("byline", "\u0000Jane")
                .add("body_text", "Body\u0000 text " + copy())
                .add("subject", Json.createArrayBuilder().add("POL\u0000")));
    Published story = published(id, "en");
    assertEquals("Null headline", story.json.getString("title"));
    assertFalse(story.json.toString().contains("\\u0000"), story.json.toString());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void controlCharactersInRawTextAndAtomPushes() {
    HttpResponse<String> text =
        wire.send(
            "text/plain; charset=UTF-8",
            "Raw copy\u0000 with\uFFFF controls " + copy() + "\n\nBody.",
            "Content-Language",
            "en");
    assertEquals(202, text.statusCode(), text.body());
    published(Http.json(text).getString("id"), "en");
    HttpResponse<String> atom =
        atom(
            entry(
                "Atom\uFFFF entry\u0001 " + UUID.randomUUID(),
                "<link href=\"https://wire.example/ok\"/>"));
    assertEquals(202, atom.statusCode(), atom.body());
    published(Http.json(atom).getString("id"), "en");
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  // ---- bad links: dropped, in the story's link and in its body ----

  @Test
  void aStoryLinkThatIsNotAWebLinkIsDropped() {
    int n = 0;
    for (String link :
        new String[] {
          "javascript:alert(document.cookie)",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "/relative/story",
          "not a url at all"
        }) {
      String id = pushed(story("Bad link " + ++n).add("links", links(link)));
      Published story = published(id, "en");
      assertFalse(story.json.containsKey("external_url"), link + ": " + story.json);
      assertTrue(
          story.atom.getOtherLinks().stream().noneMatch(l -> "via".equals(l.getRel())),
          link + " is no via link");
      assertTrue(story.rss.getLink().contains("/stories/" + id + "/"), story.rss.getLink());
      assertFalse(story.page.contains(link), story.page);
      assertTrue(Jsoup.parse(story.page).select("a[rel=external]").isEmpty(), story.page);
    }
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aWebLinkStays() {
    String id = pushed(story("Good link").add("links", links("https://wire.example/good")));
    Published story = published(id, "en");
    assertEquals("https://wire.example/good", story.json.getString("external_url"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void linksAndImagesInTheBodyThatCouldRunAreDropped() {
    String body =
        "<p>Read <a href=\"javascript:alert(1)\">this</a>, <a href=\"data:text/html,x\">that</a>,"
            + " <a href=\"/relative\">here</a> and <a href=\"https://wire.example/ok\">there</a>.</p>"
            + "<img src=\"x\" onerror=\"alert(1)\">"
            + "<img src=\"data:image/png;base64,AAAA\">"
            + "<img src=\"https://wire.example/pic.jpg\" onerror=\"alert(2)\" alt=\"Pic\">"
            + "<script>alert(3)</script><p onclick=\"alert(4)\">"
            + copy()
            + "</p>";
    String id = pushed(story("Body links").add("body_html", body));
    Published story = published(id, "en");
    for (String html :
        new String[] {
          story.json.getString("content_html"),
          story.atom.getContents().get(0).getValue(),
          story.rss.getContent().getValue(),
          Jsoup.parse(story.page).select("div.body").html()
        }) {
      assertRunsNothing(html);
      assertTrue(html.contains("https://wire.example/ok"), html);
      assertTrue(html.contains("https://wire.example/pic.jpg"), html);
    }
    assertRunsNothing(story.page);
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void markupInTheSummaryIsShownNotRunInRss() {
    String id = pushed(story("Summary markup").add("body_text", MARKUP + " " + copy()));
    Published story = published(id, "en");
    String description = story.rss.getDescription().getValue();
    // Readers parse <description> as HTML: the copy's markup reaches them escaped, as text.
    assertFalse(description.contains("<img"), description);
    assertTrue(description.contains("&lt;img src=x onerror=alert(1)&gt;"), description);
    assertRunsNothing(story.page);
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void theStoryPageHasAStrictContentSecurityPolicy() {
    String id = pushed(story("Page policy"));
    published(id, "en");
    HttpResponse<String> page = reader.get("/stories/" + id + "/en");
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.startsWith("default-src 'none'"), policy);
    assertFalse(policy.contains("script-src") || policy.contains("'unsafe-"), policy);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aPolledFeedWithScriptLinksAndMarkup() throws Exception {
    assumePollerMayFetchLoopback();
    String run = UUID.randomUUID().toString();
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now());
    String rss =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel>
          <title>Hostile Wire</title><link>https://wire.example/</link><description>d</description>
          <language>en</language>
          <item><title>Script link %1$s</title><link>javascript:alert(1)</link>
            <guid isPermaLink="false">hostile-a-%1$s</guid><pubDate>%2$s</pubDate>
            <author>x@y (Jane&#x7; Doe)</author>
            <description>&lt;p&gt;Body &lt;a href="javascript:alert(2)"&gt;link&lt;/a&gt;
              &lt;img src=x onerror=alert(3)&gt;&lt;script&gt;alert(4)&lt;/script&gt;
              &lt;a href="https://wire.example/ok"&gt;ok&lt;/a&gt;&lt;/p&gt;</description></item>
          <item><title>Far future %1$s</title><link>data:text/html,hi</link>
            <guid isPermaLink="false">hostile-b-%1$s</guid>
            <pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate>
            <description>&amp;lt;img src=x onerror=alert(5)&amp;gt; text</description></item>
        </channel></rss>
        """
            .formatted(run, date);
    try (var publisher =
        new FixtureFeedServer("/hostile.xml", "application/rss+xml; charset=UTF-8", rss)) {
      String sourceId = source(publisher.url("/hostile.xml"));
      JsonObject health = refresh(sourceId);
      assertEquals("ok", health.getString("status"), health.toString());
      assertEquals(2, health.getInt("items_seen"), health.toString());
      JsonObject feed =
          Http.eventually(
              Duration.ofSeconds(60),
              () -> reader.json("/feeds/en/all.json"),
              f -> items(f, run) == 2);
      for (JsonValue value : feed.getJsonArray("items")) {
        JsonObject item = value.asJsonObject();
        if (!item.getString("title").endsWith(run)) {
          continue;
        }
        assertFalse(item.containsKey("external_url"), item.toString());
        assertRunsNothing(item.getString("content_html"));
        // The far-future item was brought back to its arrival: it does not pin the feed.
        assertTrue(
            Instant.parse(item.getString("date_published"))
                .isBefore(Instant.now().plus(Duration.ofDays(1))),
            item.toString());
        String id = item.getString("id").substring("urn:uuid:".length());
        assertRunsNothing(reader.get("/stories/" + id + "/en").body());
      }
      Channel channel = reader.rss("/feeds/en/all.rss");
      for (Item item : channel.getItems()) {
        if (item.getTitle().endsWith(run)) {
          assertFalse(item.getLink().startsWith("javascript") || item.getLink().startsWith("data"));
          assertFalse(
              item.getDescription().getValue().contains("<img"), item.getDescription().getValue());
          assertRunsNothing(item.getContent().getValue());
        }
      }
    }
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  // ---- dates: refused by field ----

  @Test
  void aVersionFarInTheFutureIsRefused() {
    assertField(
        "versioncreated",
        wire.send(
            story("Future").add("versioncreated", "2100-01-01T00:00:00Z").build().toString()));
    assertField(
        "versioncreated",
        wire.send(
            story("Future")
                .add("versioncreated", Instant.now().plus(Duration.ofDays(3)).toString())
                .build()
                .toString()));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aVersionInYearOneIsRefused() {
    assertField(
        "versioncreated",
        wire.send(
            story("Year one").add("versioncreated", "0001-01-01T00:00:00Z").build().toString()));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aNonsenseDateIsRefused() {
    assertProblem(
        400, wire.send(story("Nonsense").add("versioncreated", "last Tuesday").build().toString()));
    assertProblem(400, wire.send(story("Nonsense").add("embargoed", "soon").build().toString()));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void anEmbargoYearsAheadIsRefused() {
    assertField(
        "embargoed",
        wire.send(story("Embargo").add("embargoed", "2999-01-01T00:00:00Z").build().toString()));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  // ---- lengths: refused by field, before anything is kept ----

  @Test
  void aHeadlineLongerThanItsColumnIsRefused() {
    JsonObject problem =
        assertField("headline", wire.send(story("h".repeat(1001)).build().toString()));
    assertEquals(1000, problem.getInt("limit"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aBylineLongerThanItsColumnIsRefused() {
    JsonObject problem =
        assertField(
            "byline", wire.send(story("Byline").add("byline", "b".repeat(501)).build().toString()));
    assertEquals(500, problem.getInt("limit"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void anOverlongFieldInABatchNamesItsItem() {
    String batch =
        Json.createArrayBuilder()
            .add(story("Fine"))
            .add(story("Too long").add("byline", "b".repeat(501)))
            .build()
            .toString();
    JsonObject problem = assertField("byline", wire.send(batch));
    assertEquals(1, problem.getInt("item"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  // ---- nesting and whitespace ----

  @Test
  void jsonNested100000DeepIsRefused() {
    // The attacker's own client: once (in one of several full runs) the JDK client's next request
    // on the connection that carried these bodies waited until Undertow closed it (60 s, EOF),
    // though the server answered both at once and a keep-alive GET after them is served at once
    // (python http.client). Readers' clients are other connections, and those are what must stay
    // well.
    Wire attacker = new Wire(new Http(base, "admin", ADMIN_PASSWORD), http, "push:admin");
    assertProblem(400, attacker.send("[".repeat(100_000) + "]".repeat(100_000)));
    assertProblem(
        400,
        attacker.send(
            "{\"uri\": \"urn:x\", \"headline\": \"h\", \"x\": " + "{\"a\":".repeat(100_000)));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void anAtomEntryNested20000DeepIsRefused() {
    String deep =
        "<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:deep:"
            + UUID.randomUUID()
            + "</id><title>Deep</title><content type=\"xhtml\">"
            + "<div>".repeat(20_000)
            + "</div>".repeat(20_000)
            + "</content></entry>";
    JsonObject problem = assertProblem(400, atom(deep));
    assertTrue(problem.getString("detail").contains("nested"), problem.toString());
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void anAtomEntryAfter5000LeadingSpacesIsRead() {
    String title = "Spaced entry " + UUID.randomUUID();
    HttpResponse<String> response = atom(" ".repeat(5_000) + entry(title, ""));
    assertEquals(202, response.statusCode(), response.body());
    assertEquals(
        title, published(Http.json(response).getString("id"), "en").json.getString("title"));
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  @Test
  void aPolledFeedNestedDeepFailsThatSourceOnly() throws Exception {
    assumePollerMayFetchLoopback();
    String run = UUID.randomUUID().toString();
    String deep =
        "<rss version=\"2.0\"><channel><title>Deep</title><item><title>x</title>"
            + "<x>".repeat(20_000)
            + "</x>".repeat(20_000)
            + "</item></channel></rss>";
    String fine =
        """
        <rss version="2.0"><channel><title>Fine</title><link>https://wire.example/</link>
          <description>d</description><language>en</language>
          <item><title>Fine item %1$s</title><link>https://wire.example/%1$s</link>
            <guid isPermaLink="false">fine-%1$s</guid></item></channel></rss>
        """
            .formatted(run);
    try (var deepServer = new FixtureFeedServer("/deep.xml", "application/rss+xml", deep);
        var fineServer = new FixtureFeedServer("/fine.xml", "application/rss+xml", fine)) {
      String deepId = source(deepServer.url("/deep.xml"));
      String fineId = source(fineServer.url("/fine.xml"));
      JsonObject failed = refresh(deepId);
      assertEquals("failing", failed.getString("status"), failed.toString());
      assertTrue(
          failed.getJsonObject("last_error").getString("reason").contains("nested"),
          failed.toString());
      assertEquals("ok", refresh(fineId).getString("status"));
      Http.eventually(
          Duration.ofSeconds(60), () -> reader.json("/feeds/en/all.json"), f -> items(f, run) == 1);
    }
    FeedHealth.assertFeedsWellFormed(http, "en");
  }

  // ---- helpers ----

  static jakarta.json.JsonObjectBuilder story(String headline) {
    return Json.createObjectBuilder()
        .add("uri", "urn:hostile:" + UUID.randomUUID())
        .add("language", "en")
        .add("headline", headline)
        .add("body_text", copy())
        .add("versioncreated", Instant.now().toString());
  }

  /** Copy unlike any other story's, so that no test's story joins another's cluster. */
  static String copy() {
    StringBuilder copy = new StringBuilder("Report");
    for (int i = 0; i < 4; i++) {
      for (String word : UUID.randomUUID().toString().split("-")) {
        copy.append(' ').append(word);
      }
    }
    return copy.append('.').toString();
  }

  /** The embedded H2 server lets the poller fetch from nowhere (no NEWSRELAY_FETCH_ALLOW). */
  static void assumePollerMayFetchLoopback() {
    Assumptions.assumeFalse(
        "h2".equals(System.getProperty("arquillian.launch")), "polls loopback: PostgreSQL server");
  }

  static jakarta.json.JsonArrayBuilder links(String href) {
    return Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("rel", "canonical").add("href", href));
  }

  static String entry(String title, String extra) {
    return "<entry xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><id>urn:hostile:atom:"
        + UUID.randomUUID()
        + "</id><title>"
        + title
        + "</title><updated>"
        + Instant.now()
        + "</updated>"
        + extra
        + "<content type=\"html\">&lt;p&gt;"
        + copy()
        + "&lt;/p&gt;</content></entry>";
  }

  String pushed(jakarta.json.JsonObjectBuilder story) {
    return wire.push(story);
  }

  HttpResponse<String> atom(String xml) {
    return wire.send("application/atom+xml", xml);
  }

  String source(String url) {
    HttpResponse<String> registered =
        http.postJson("/api/v1/sources", "{\"url\": \"" + url + "\", \"language\": \"en\"}");
    assertEquals(201, registered.statusCode(), registered.body());
    return Http.json(registered).getString("id");
  }

  JsonObject refresh(String sourceId) {
    return Http.json(
        http.send(
            http.authorized("/api/v1/sources/" + sourceId + "/refresh")
                .POST(HttpRequest.BodyPublishers.noBody())));
  }

  static long items(JsonObject feed, String run) {
    return feed.getJsonArray("items").stream()
        .filter(i -> i.asJsonObject().getString("title").endsWith(run))
        .count();
  }

  static JsonObject assertField(String field, HttpResponse<String> response) {
    JsonObject problem = assertProblem(400, response);
    assertEquals(field, problem.getString("field"), problem.toString());
    assertTrue(problem.getString("detail").contains(field), problem.toString());
    return problem;
  }

  /** Read as a browser would: no script, no event handler, no link or image off the web. */
  static void assertRunsNothing(String html) {
    for (Element e : Jsoup.parse(html).getAllElements()) {
      // A story page's one script is its JSON-LD, a data block that runs nothing.
      boolean data =
          e.normalName().equals("script") && e.attr("type").equals("application/ld+json");
      assertFalse(e.normalName().equals("script") && !data, html);
      e.attributes()
          .forEach(
              a -> {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), a + " in " + html);
                if (a.getKey().equals("href") || a.getKey().equals("src")) {
                  assertTrue(a.getValue().startsWith("http"), a + " in " + html);
                }
              });
    }
  }

  /** One story as every format shows it, once it is in the feeds. */
  record Published(JsonObject json, Entry atom, Item rss, String page) {}

  Published published(String id, String tag) {
    JsonObject feed =
        Http.eventually(
            Duration.ofSeconds(30),
            () -> reader.json("/feeds/" + tag + "/all.json"),
            f ->
                f.getJsonArray("items").stream()
                    .anyMatch(i -> i.asJsonObject().getString("id").equals("urn:uuid:" + id)));
    JsonObject json =
        feed.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("id").equals("urn:uuid:" + id))
            .findFirst()
            .orElseThrow();
    Entry atom = reader.entry("/feeds/" + tag + "/all.atom", id).orElseThrow();
    Item rss =
        reader.rss("/feeds/" + tag + "/all.rss").getItems().stream()
            .filter(i -> i.getGuid().getValue().equals("urn:uuid:" + id))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> page = reader.get("/stories/" + id + "/" + tag);
    assertEquals(200, page.statusCode(), page.body());
    for (Link link : atom.getOtherLinks()) {
      assertTrue(link.getHref().startsWith("http"), link.getHref());
    }
    return new Published(json, atom, rss, page.body());
  }
}

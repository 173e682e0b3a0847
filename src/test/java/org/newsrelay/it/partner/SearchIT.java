package org.newsrelay.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Feed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.Problems;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.Wire;

/**
 * The search API as partners, editors and anyone call it over HTTP: words across scripts, answered
 * in the tag asked for, ranked, with facets and a cursor, under the caller's rights; and the feeds'
 * ?q=, which reads the same index.
 */
class SearchIT extends ServerIT {
  static final Duration WAIT = Duration.ofSeconds(60);

  String token;

  @BeforeEach
  void token() {
    token = "srch" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Test
  void aTraditionalQueryFindsASimplifiedStoryAnsweredInTaiwanChinese() {
    String id = wire.push(Wire.story("zh-Hans", "半导体软件出口创新高 " + token, "网络安全软件。", Instant.now()));

    JsonObject result = awaitOne("q=" + enc("半導體 " + token) + "&lang=zh-Hant-TW", id);
    assertEquals("zh-Hant-TW", result.getString("language"));
    assertEquals("zh-Hans", result.getString("original"));
    assertEquals("headline", result.getString("match"));
    assertTrue(result.getString("headline").startsWith("半導體軟體"), result.toString());
    assertTrue(result.getString("url").endsWith("/stories/" + id + "/zh-Hant-TW"));

    // Taiwan's word for it finds it too, and a Hong Kong reader reads it in Hong Kong's words.
    JsonObject hk = awaitOne("q=" + enc("軟體 " + token) + "&lang=zh-Hant-HK", id);
    assertTrue(hk.getString("headline").contains("軟件"), hk.toString());
    // Without a tag, each story in its own language; in English, no Chinese story at all.
    assertEquals("zh-Hans", awaitOne("q=" + enc("半導體 " + token), id).getString("language"));
    assertTrue(results(search("q=" + token + "&lang=en")).isEmpty());
  }

  @Test
  void resultsAreRankedFacetedAndPagedWithTheCursor() {
    String topic = "search-" + token;
    assertEquals(201, editor.createTopic(topic, "Search " + token, "public", token).statusCode());
    Instant now = Instant.now();
    List<String> headline = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      boolean inHeadline = i % 2 == 0;
      String id =
          wire.push(
              Wire.story(
                      "en",
                      inHeadline ? "Harbour " + token + " story " + i : "Harbour story " + i,
                      "The copy of story " + i + (inHeadline ? "." : " mentions " + token + "."),
                      now.minusSeconds(60L * (5 - i)))
                  .add("subject", Json.createArrayBuilder().add(i < 3 ? "medtop:01" : "medtop:02"))
                  .add("urgency", i == 4 ? 1 : 5));
      (inHeadline ? headline : body).add(0, id);
    }
    List<String> expected = new ArrayList<>(headline);
    expected.addAll(body);
    Http.eventually(WAIT, () -> ids(search("q=" + token)), found -> found.size() == 5);

    // Headline matches first, newest first within each; two by two, following the cursor.
    List<String> paged = new ArrayList<>();
    List<String> matches = new ArrayList<>();
    JsonObject page = search("q=" + token + "&limit=2");
    JsonObject facets = page.getJsonObject("facets");
    for (int pages = 0; ; pages++) {
      assertTrue(pages < 5, "the cursor ends");
      for (JsonObject result : results(page)) {
        paged.add(result.getString("id"));
        matches.add(result.getString("match"));
      }
      if (!page.containsKey("next")) {
        break;
      }
      page = search("q=" + token + "&limit=2&cursor=" + page.getString("next"));
      assertFalse(page.containsKey("facets"), "facets come with the first page");
    }
    assertEquals(expected, paged);
    assertEquals(List.of("headline", "headline", "headline", "body", "body"), matches);

    assertEquals(Map.of(topic, 5), counts(facets, "topics", "slug"));
    assertEquals(Map.of("medtop:01", 3, "medtop:02", 2), counts(facets, "subjects", "value"));
    assertEquals(Map.of("en", 5), counts(facets, "languages", "value"));
    assertEquals(5, facets.getInt("counted"));
    assertTrue(facets.getBoolean("complete"));

    // The filters narrow it.
    assertEquals(
        Set.of(headline.get(0), body.get(0)),
        Set.copyOf(ids(search("q=" + token + "&subject=medtop:02"))));
    assertEquals(List.of(headline.get(0)), ids(search("q=" + token + "&urgency=2")));
    assertEquals(expected, ids(search("q=" + token + "&topic=" + topic)));
    String since = now.minusSeconds(150).toString();
    assertEquals(
        Set.of(headline.get(0), body.get(0)),
        Set.copyOf(ids(search("q=" + token + "&since=" + since))));
    assertTrue(ids(search("q=" + token + "&until=" + now.minusSeconds(1000))).isEmpty());

    // A cursor is bound to its search.
    JsonObject first = search("q=" + token + "&limit=2");
    Problems.assertProblem(
        400, reader.get("/api/v1/search?q=other" + token + "&cursor=" + first.getString("next")));
  }

  @Test
  void nothingEmbargoedHeldOrKilledReachesAnyoneButTheDesk() {
    String published = wire.push(story("published"));
    String embargoed =
        wire.push(story("embargoed").add("embargoed", Instant.now().plusSeconds(86400).toString()));
    String withheld = wire.push(story("withheld").add("pubstatus", "withheld"));
    String held = wire.push(story("held"));
    String killed = wire.push(story("killed"));
    editor.awaitStatus(held, "published");
    editor.awaitStatus(killed, "published");
    assertEquals(200, editor.hold(held).statusCode());
    assertEquals(200, editor.kill(killed, "Legal " + token).statusCode());
    editor.awaitStatus(withheld, "held");
    editor.awaitStatus(killed, "killed");

    Set<String> all = Set.of(published, embargoed, withheld, held, killed);
    Http.eventually(
        WAIT,
        () -> Set.copyOf(ids(Http.json(http.getAuthorized("/api/v1/search?q=" + token)))),
        all::equals);
    assertEquals(List.of(published), ids(search("q=" + token)));
    // A page of one: the four newer matches no one but the desk may read fill the first batch of
    // candidates (FoundStories.band), so the published story is found in the next.
    assertEquals(List.of(published), ids(search("q=" + token + "&limit=1")));
    Partner partner = partner("\"subscriber\"", "\"en\"", null);
    assertEquals(List.of(published), ids(Http.json(partner.get("/api/v1/search?q=" + token))));
    assertFalse(reader.get("/api/v1/search?q=" + token).body().contains("Legal"));
  }

  @Test
  void aPartnerSeesWhatItsEntitlementsAllow() {
    String topic = "search-partner-" + token;
    assertEquals(
        201, editor.createTopic(topic, "Partners " + token, "partner", token).statusCode());
    Partner partner = Partner.subscriberTo(http, topic);
    String english = wire.push(Wire.story("en", "Tariffs " + token, "Copy.", Instant.now()));
    String chinese = wire.push(Wire.story("zh-Hans", "关税 " + token, "内容。", Instant.now()));
    Http.eventually(
        WAIT,
        () -> Set.copyOf(ids(search("q=" + token))),
        found -> found.equals(Set.of(english, chinese)));

    // Its languages (English alone), its topic, and the topic in the facets.
    JsonObject own =
        Http.eventually(
            WAIT,
            () -> Http.json(partner.get("/api/v1/search?q=" + token + "&topic=" + topic)),
            answer -> ids(answer).equals(List.of(english)));
    assertEquals(Map.of(topic, 1), counts(own.getJsonObject("facets"), "topics", "slug"));
    assertEquals(List.of(english), ids(Http.json(partner.get("/api/v1/search?q=" + token))));
    Problems.assertProblem(403, partner.get("/api/v1/search?q=" + token + "&lang=zh-Hans"));

    // Anyone else finds the stories, but not the partners' topic.
    Problems.assertProblem(400, reader.get("/api/v1/search?q=" + token + "&topic=" + topic));
    JsonObject anyone = search("q=" + token);
    assertTrue(
        counts(anyone.getJsonObject("facets"), "topics", "slug").isEmpty(), anyone.toString());
    for (JsonObject result : results(anyone)) {
      assertTrue(result.getJsonArray("topics").isEmpty(), result.toString());
    }
  }

  @Test
  void theFeedsQueryReadsTheSameIndex() {
    String id = wire.push(Wire.story("zh-Hant-TW", "新軟體上市 " + token, "內容。", Instant.now()));
    String atom =
        Http.eventually(
            WAIT,
            () -> reader.get("/feeds/zh-Hans/all.atom?q=" + enc("软件 " + token)).body(),
            body -> body.contains(id));
    assertTrue(atom.contains("新软件"), "converted to the feed's variant");
    assertFalse(reader.get("/feeds/zh-Hans/all.atom?q=" + enc("硬件 " + token)).body().contains(id));
    awaitOne("q=" + enc("软件 " + token), id);
  }

  /**
   * A space is a space however the query spells it ({@code %20} or {@code +}): two words in the
   * search API and a feed's ?q= (a story needs both, anywhere), and the stories API's phrase (its
   * {@code q} is a substring of the copy); an encoded {@code &} or {@code +} stays part of the
   * words instead of ending the parameter or turning into a space.
   */
  @Test
  void aSpaceIsASpaceHoweverTheQuerySpellsIt() {
    String chip = "chip" + token;
    String maker = "maker" + token;
    // Copy of each its own (Wire.english): look-alikes would cluster, and a feed shows one entry
    // per cluster, naming the others among its sources.
    String apart = wire.push(Wire.english("The " + chip + " deal pleases " + maker));
    String phrase = wire.push(Wire.english("A " + chip + " " + maker + " merger"));
    String one = wire.push(Wire.english("The " + chip + " deal alone"));
    Http.eventually(
        WAIT,
        () -> search("q=" + chip),
        answer -> ids(answer).containsAll(List.of(apart, phrase, one)));
    for (String space : List.of("%20", "+", "%26", "%2B")) {
      String query = "q=" + chip + space + maker;
      List<String> found = ids(search(query));
      assertTrue(found.containsAll(List.of(apart, phrase)), "/api/v1/search?" + query + ": both");
      assertFalse(found.contains(one), "/api/v1/search?" + query + " needs both words");

      HttpResponse<String> feed = reader.get("/feeds/en/all.atom?" + query);
      assertEquals(200, feed.statusCode(), "/feeds/en/all.atom?" + query + ": " + feed.body());
      Feed entries = Feeds.atom(feed.body());
      assertTrue(
          Feeds.entry(entries, apart).isPresent(),
          "the feed's ?" + query + " has the story with both");
      assertTrue(
          Feeds.entry(entries, phrase).isPresent(), "the feed's ?" + query + " has the phrase");
      assertFalse(
          Feeds.entry(entries, one).isPresent(), "the feed's ?" + query + " needs both words");
    }
    for (String space : List.of("%20", "+")) {
      String query = "q=" + chip + space + maker;
      HttpResponse<String> stories = reader.get("/api/v1/stories?" + query);
      assertEquals(200, stories.statusCode(), "/api/v1/stories?" + query + ": " + stories.body());
      List<String> listed =
          Http.json(stories).getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .map(s -> s.getString("id"))
              .toList();
      assertTrue(listed.contains(phrase), "/api/v1/stories?" + query + " lists the phrase");
      assertFalse(listed.contains(one), "/api/v1/stories?" + query + " needs both words");
    }
  }

  @Test
  void badParametersAreProblems() {
    for (String query :
        List.of(
            "",
            "q=",
            "q=" + "x".repeat(101),
            "q=a&lang=xx",
            "q=a&urgency=0",
            "q=a&urgency=high",
            "q=a&since=yesterday",
            "q=a&since=2026-03-02&until=2026-03-01",
            "q=a&source=not-a-uuid",
            "q=a&limit=1000",
            "q=a&cursor=garbage",
            "q=a&topic=no-such-topic-" + token)) {
      Problems.assertProblem(400, reader.get("/api/v1/search?" + query));
    }
    assertTrue(results(search("q=" + enc("!!!"))).isEmpty(), "no words: nothing found");
  }

  private jakarta.json.JsonObjectBuilder story(String name) {
    return Wire.story(
        "en", "Story " + token + " " + name, "Copy of the " + name + ".", Instant.now());
  }

  private JsonObject search(String query) {
    HttpResponse<String> answer = reader.get("/api/v1/search?" + query);
    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return Http.json(answer);
  }

  private JsonObject awaitOne(String query, String id) {
    JsonObject answer = Http.eventually(WAIT, () -> search(query), a -> ids(a).contains(id));
    return results(answer).stream()
        .filter(r -> r.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<JsonObject> results(JsonObject answer) {
    return answer.getJsonArray("results").getValuesAs(JsonObject.class);
  }

  private static List<String> ids(JsonObject answer) {
    return results(answer).stream().map(r -> r.getString("id")).toList();
  }

  private static Map<String, Integer> counts(JsonObject facets, String facet, String key) {
    Map<String, Integer> counts = new HashMap<>();
    for (JsonObject entry : facets.getJsonArray(facet).getValuesAs(JsonObject.class)) {
      counts.put(entry.getString(key), entry.getInt("count"));
    }
    return counts;
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

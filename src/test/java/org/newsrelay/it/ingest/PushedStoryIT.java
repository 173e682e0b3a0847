package org.newsrelay.it.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;

/** A wire pushes stories; they come out in the English Atom feed. */
class PushedStoryIT extends ServerIT {

  /**
   * The same story pushed many times at the same moment (a wire's retries racing each other): every
   * push is answered 202 with the one story's id, never a 500 from the unique (origin, guid).
   */
  @Test
  void theSameStoryPushedAtOnceIsOneStoryAndNoError() throws Exception {
    for (int round = 0; round < 5; round++) {
      String body =
          Json.createObjectBuilder()
              .add("uri", "urn:it:race:" + UUID.randomUUID())
              .add("headline", "Pushed at once")
              .add("language", "en")
              .add("body_text", "The same story, pushed by eight retries at the same moment.")
              .build()
              .toString();
      var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        var start = new java.util.concurrent.CountDownLatch(1);
        var answers = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
        for (int i = 0; i < 8; i++) {
          answers.add(
              pool.submit(
                  () -> {
                    start.await();
                    return wire.send(body);
                  }));
        }
        start.countDown();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var answer : answers) {
          HttpResponse<String> response = answer.get();
          assertEquals(202, response.statusCode(), response.body());
          ids.add(Http.json(response).getString("id"));
        }
        assertEquals(1, ids.size(), "one story: " + ids);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void scrapedTextStoryIsCleanedAndRepublished() throws IOException {
    // One line in the middle differs per run, so that stories from earlier runs do not count.
    String[] lines = Copy.sample("people-news-deepseek.txt").split("\n", 4);
    String copy =
        String.join(
            "\n",
            lines[0],
            lines[1],
            lines[2],
            "Reported in run " + UUID.randomUUID() + ".",
            lines[3]);
    HttpResponse<String> pushed = wire.send("text/plain; charset=UTF-8", copy);
    assertEquals(202, pushed.statusCode(), pushed.body());
    String id = Http.json(pushed).getString("id");
    assertTrue(
        pushed.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/stories/" + id));

    Entry entry = awaitEntry("/feeds/en/all.atom", id);
    String headline = entry.getTitle();
    assertFalse(
        headline.contains("OpenAI diagram"), "the image caption is not the headline: " + headline);
    assertTrue(headline.contains("DeepSeek"), headline);
    String body = entry.getContents().get(0).getValue();
    assertTrue(body.contains("Huantuo Quantitative"), "the story's first paragraph is kept");
    assertTrue(
        body.contains("no response has been received"), "the story's last paragraph is kept");
    assertFalse(body.contains("bootstrap themes"), "the template's comment thread is gone");
    assertFalse(body.contains("Yes Sure!"), "the template's comment thread is gone");

    JsonObject story = editor.story(id);
    assertEquals("en", story.getString("language"));
    assertEquals(headline, story.getString("headline"));
  }

  @Test
  void titleHeaderGivesTheHeadline() {
    String copy = "A short story pushed as plain text, run " + UUID.randomUUID() + ".";
    HttpResponse<String> pushed =
        wire.send("text/plain; charset=UTF-8", copy, "Title", "Plain text with a title");
    assertEquals(202, pushed.statusCode(), pushed.body());
    Entry entry = awaitEntry("/feeds/en/all.atom", Http.json(pushed).getString("id"));
    assertEquals("Plain text with a title", entry.getTitle());
  }

  @Test
  void aBatchNamingOneStoryTwiceIsOneStoryInTheCopySentLast() {
    String uri = "urn:newsml:it.example:" + UUID.randomUUID();
    String earlier = Instant.now().minusSeconds(60).toString();
    String later = Instant.now().toString();
    String batch =
        "["
            + ninjs(uri, "First telling " + uri, earlier)
            + ","
            + ninjs("urn:newsml:it.example:" + UUID.randomUUID(), "Another story", later)
            + ","
            + ninjs(uri, "Second telling " + uri, later)
            + "]";
    HttpResponse<String> pushed = wire.send(batch);
    assertEquals(202, pushed.statusCode(), pushed.body());
    var items = Http.json(pushed).getJsonArray("items");
    assertEquals(3, items.size(), pushed.body());
    String id = items.getJsonObject(0).getString("id");
    assertEquals(id, items.getJsonObject(2).getString("id"), "one uri, one story");
    assertNotEquals(id, items.getJsonObject(1).getString("id"));

    Entry entry = awaitEntry("/feeds/en/all.atom", id);
    assertEquals("Second telling " + uri, entry.getTitle());
    assertEquals(1, reader.get("/api/v1/stories?uri=" + uri).body().split("\"id\"").length - 1);

    // Again: the story told once is unchanged (the one told twice is replaced twice, as before).
    HttpResponse<String> again = wire.send(batch);
    assertEquals(202, again.statusCode(), again.body());
    var receipts = Http.json(again).getJsonArray("items");
    assertEquals("unchanged", receipts.getJsonObject(1).getString("status"), again.body());
    assertEquals(id, receipts.getJsonObject(2).getString("id"), again.body());
  }

  private static String ninjs(String uri, String headline, String versionCreated) {
    return Json.createObjectBuilder()
        .add("uri", uri)
        .add("language", "en")
        .add("headline", headline)
        .add("body_text", "Copy of " + headline + ", told for the batch test.")
        .add("versioncreated", versionCreated)
        .build()
        .toString();
  }

  @Test
  void ninjsStoryPushedTwiceIsOneStory() throws IOException {
    String uri = "urn:newsml:it.example:" + UUID.randomUUID();
    JsonObject sample =
        Json.createReader(new StringReader(Copy.sample("deepseek-cost.ninjs.json"))).readObject();
    String story =
        Json.createObjectBuilder(sample)
            .add("uri", uri)
            .add("versioncreated", Instant.now().toString())
            .build()
            .toString();

    HttpResponse<String> first = wire.send(story);
    HttpResponse<String> second = wire.send(story);
    assertEquals(202, first.statusCode(), first.body());
    assertEquals(202, second.statusCode(), second.body());
    String id = Http.json(first).getString("id");
    assertEquals(id, Http.json(second).getString("id"), "the same uri is the same story");

    Entry entry = awaitEntry("/feeds/en/all.atom", id);
    assertEquals(sample.getString("headline"), entry.getTitle());
    assertEquals(1, reader.get("/api/v1/stories?uri=" + uri).body().split("\"id\"").length - 1);

    var channel = reader.rss("/feeds/en/all.rss");
    assertEquals("en", channel.getLanguage());
    assertTrue(
        channel.getItems().stream().anyMatch(i -> i.getGuid().getValue().equals("urn:uuid:" + id)),
        "the story is in the RSS feed too");
  }

  @Test
  void feedsAreNewestFirstAndSayTheirLanguage() {
    HttpResponse<String> response = reader.get("/feeds/en/all.atom");
    assertEquals(200, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/atom+xml"));
    assertTrue(response.body().contains("xml:lang=\"en\""), "Atom says its language");
    Feed feed = Feeds.atom(response.body());
    var published = feed.getEntries().stream().map(Entry::getPublished).toList();
    for (int i = 1; i < published.size(); i++) {
      assertFalse(published.get(i).after(published.get(i - 1)), "newest first at entry " + i);
    }
    assertNotEquals(0, feed.getOtherLinks().size(), "a self link");
  }

  private Entry awaitEntry(String feed, String id) {
    return reader.awaitEntry(feed, id);
  }
}

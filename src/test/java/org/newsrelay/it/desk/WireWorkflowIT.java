package org.newsrelay.it.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;

/** The wire's workflow: versions, embargoes, holds and kills, as feeds and the API show them. */
class WireWorkflowIT extends ServerIT {

  @Test
  void newerVersionReplacesTheOlder() {
    String uri = uri();
    String id =
        wire.push(story(uri, "First version").add("versioncreated", Instant.now().toString()));
    awaitHeadline(id, "First version");
    String again =
        wire.push(
            story(uri, "Corrected version")
                .add("versioncreated", Instant.now().plusSeconds(1).toString()));
    assertEquals(id, again, "the same uri is the same story");
    awaitHeadline(id, "Corrected version");
    JsonObject story = editor.story(id);
    assertEquals(2, story.getInt("version"));
    assertEquals(1, entries(id), "one entry, not two");
  }

  @Test
  void embargoedStoryAppearsAtItsTimeWithoutAnyoneAsking() {
    Instant embargo = Instant.now().plusSeconds(8);
    String id =
        wire.push(story(uri(), "Embargoed until later").add("embargoed", embargo.toString()));
    Http.eventually(
        Duration.ofSeconds(30),
        () -> editor.read(id).body(),
        body -> body.contains("\"embargoed\""));
    assertTrue(entry(id).isEmpty(), "not in the feed before its time");
    assertTrue(Instant.now().isBefore(embargo), "the check above ran before the embargo");
    awaitEntry(id);
    assertFalse(Instant.now().isBefore(embargo), "it appeared at its time, not before");
  }

  @Test
  void withheldThenUsable() {
    String uri = uri();
    String id = wire.push(story(uri, "Held by the wire").add("pubstatus", "withheld"));
    Http.eventually(
        Duration.ofSeconds(30), () -> editor.story(id).getString("status"), "held"::equals);
    assertTrue(entry(id).isEmpty());
    wire.push(
        story(uri, "Released by the wire")
            .add("pubstatus", "usable")
            .add("versioncreated", Instant.now().plusSeconds(1).toString()));
    awaitHeadline(id, "Released by the wire");
  }

  @Test
  void canceledByTheWireIsKilled() {
    String uri = uri();
    String id =
        wire.push(story(uri, "To be canceled").add("versioncreated", Instant.now().toString()));
    awaitEntry(id);
    wire.push(
        story(uri, "To be canceled")
            .add("pubstatus", "canceled")
            .add("versioncreated", Instant.now().plusSeconds(1).toString()));
    Http.eventually(Duration.ofSeconds(30), () -> entry(id), Optional::isEmpty);
    JsonObject story = editor.story(id);
    assertEquals("killed", story.getString("status"));
  }

  @Test
  void editorKillsWithAReasonAndTheHistoryTellsIt() {
    String id = wire.push(story(uri(), "Killed by an editor"));
    awaitEntry(id);
    assertEquals(400, editor.killWith(id, "{}").statusCode(), "a kill needs a reason");
    HttpResponse<String> killed = editor.kill(id, "Legal advice");
    assertEquals(200, killed.statusCode(), killed.body());
    assertEquals("Legal advice", Http.json(killed).getString("kill_reason"));
    assertTrue(entry(id).isEmpty(), "gone from the feed at once");
    assertEquals(409, editor.kill(id, "again").statusCode(), "a killed story stays killed");
    assertEquals(409, editor.publish(id).statusCode());
    String history = editor.history(id);
    assertTrue(history.contains("\"action\":\"created\""), history);
    assertTrue(history.contains("\"action\":\"killed\""), history);
    assertTrue(history.contains("\"actor\":\"admin\""), history);
  }

  @Test
  void batchIsAllOrNothing() {
    String good = story(uri(), "Batch story one").build().toString();
    String bad = "{\"uri\": \"" + uri() + "\"}";
    HttpResponse<String> refused = wire.send("[" + good + "," + bad + "]");
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("Item 1"), refused.body());

    String other = story(uri(), "Batch story two").build().toString();
    HttpResponse<String> accepted = wire.send("[" + good + "," + other + "]");
    assertEquals(202, accepted.statusCode(), accepted.body());
    var items = Http.json(accepted).getJsonArray("items");
    assertEquals(2, items.size());
    awaitEntry(items.getJsonObject(0).getString("id"));
    awaitEntry(items.getJsonObject(1).getString("id"));
  }

  @Test
  void atomEntryIsAccepted() {
    String id = "urn:uuid:" + UUID.randomUUID();
    String entry =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <entry xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <id>%s</id><title>Atom entry pushed by a wire</title><updated>%s</updated>
          <author><name>Wire Desk</name></author>
          <content type="html">&lt;p&gt;Pushed as an Atom entry.&lt;/p&gt;</content>
        </entry>
        """
            .formatted(id, Instant.now());
    HttpResponse<String> pushed = wire.send("application/atom+xml", entry);
    assertEquals(202, pushed.statusCode(), pushed.body());
    Entry published = awaitEntry(Http.json(pushed).getString("id"));
    assertEquals("Atom entry pushed by a wire", published.getTitle());
    assertEquals("Wire Desk", published.getAuthors().get(0).getName());
  }

  private static String uri() {
    return "urn:newsml:it.example:workflow:" + UUID.randomUUID();
  }

  private static JsonObjectBuilder story(String uri, String headline) {
    return Json.createObjectBuilder()
        .add("uri", uri)
        .add("headline", headline)
        .add("language", "en")
        .add("body_text", Copy.distinct(headline));
  }

  private Optional<Entry> entry(String id) {
    return reader.entry("/feeds/en/all.atom", id);
  }

  private long entries(String id) {
    return reader.atom("/feeds/en/all.atom").getEntries().stream()
        .filter(e -> e.getId().equals("urn:uuid:" + id))
        .count();
  }

  private Entry awaitEntry(String id) {
    return Http.eventually(Duration.ofSeconds(60), () -> entry(id), Optional::isPresent)
        .orElseThrow();
  }

  private void awaitHeadline(String id, String headline) {
    Http.eventually(
        Duration.ofSeconds(60), () -> entry(id).map(Entry::getTitle).orElse(""), headline::equals);
  }
}

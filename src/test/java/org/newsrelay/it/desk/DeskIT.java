package org.newsrelay.it.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Accounts;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Problems;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.Wire;

/**
 * The editors' story workflow over HTTP: corrections, embargoes, links, clusters, trust, search.
 */
class DeskIT extends ServerIT {
  /** A wire and an editor with accounts of their own, not the admin. */
  @BeforeEach
  void people() {
    wire = accounts.wire("desk-wire");
    editor = accounts.editor("desk-editor");
  }

  @Test
  void correctingTheOriginalKeepsEveryVersion() {
    String id = wire.pushStored(Wire.story("en", "Harbour reopnes", "The harbour reopened."));
    assertEquals(
        400,
        editor.correct(id, "{\"headline\": \"Harbour reopens\"}").statusCode(),
        "a note is needed");
    HttpResponse<String> corrected =
        editor.correct(id, "{\"headline\": \"Harbour reopens\", \"note\": \"typo\"}");
    assertEquals(200, corrected.statusCode(), corrected.body());
    editor.correct(id, "{\"body_text\": \"The harbour reopened on Tuesday.\", \"note\": \"day\"}");

    JsonObject story = editor.story(id);
    assertEquals("Harbour reopens", story.getString("headline"));
    assertEquals("The harbour reopened on Tuesday.", story.getString("body_text"));
    List<JsonObject> versions = editor.versions(id);
    assertEquals(List.of(0, 1, 2), versions.stream().map(v -> v.getInt("seq")).toList());
    assertEquals(
        "Harbour reopnes", versions.get(0).getString("headline"), "the wire's copy is kept");
    assertEquals("typo", versions.get(1).getString("note"));
    assertEquals(editor.username(), versions.get(2).getString("actor"));
    String history = editor.history(id);
    assertTrue(history.contains("\"action\":\"corrected\""), history);
    Http.eventually(
        Duration.ofSeconds(30),
        () -> reader.entry("/feeds/en/all.atom", id).map(e -> e.getTitle()).orElse(""),
        "Harbour reopens"::equals);
  }

  @Test
  void aChineseVariantIsCorrectedOnItsOwnAndConversionIsMarked() {
    String id = wire.pushStored(Wire.story("zh-Hans", "新软件发布", "公司发布新软件。"));
    Map<String, JsonObject> before = editor.renditions(id);
    assertEquals(
        List.of("zh-Hans", "zh-Hant", "zh-Hant-HK", "zh-Hant-TW"),
        before.keySet().stream().sorted().toList());
    assertEquals("original", before.get("zh-Hans").getString("kind"));
    JsonObject taiwan = before.get("zh-Hant-TW");
    assertTrue(taiwan.getString("headline").startsWith("新軟體"), taiwan.toString());
    assertTrue(
        taiwan.getJsonArray("headline_marks").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                m ->
                    m.getString("text").contains("軟體")
                        && m.getString("original", "").contains("软件")),
        "the characters conversion changed are marked with their original: " + taiwan);
    assertEquals("新", taiwan.getJsonArray("headline_marks").getJsonObject(0).getString("text"));
    assertFalse(taiwan.getJsonArray("headline_marks").getJsonObject(0).containsKey("original"));

    HttpResponse<String> corrected =
        editor.correct(
            id, "{\"rendition\": \"zh-Hant-TW\", \"headline\": \"新版軟體發表\", \"note\": \"台灣用發表\"}");
    assertEquals(200, corrected.statusCode(), corrected.body());
    Map<String, JsonObject> after = editor.renditions(id);
    assertEquals("corrected", after.get("zh-Hant-TW").getString("kind"));
    assertEquals("新版軟體發表", after.get("zh-Hant-TW").getString("headline"));
    assertEquals("新软件发布", after.get("zh-Hans").getString("headline"), "the original is untouched");
    assertEquals("converted", after.get("zh-Hant-HK").getString("kind"));
    assertEquals(
        400,
        editor
            .correct(id, "{\"rendition\": \"en\", \"headline\": \"x\", \"note\": \"n\"}")
            .statusCode());
  }

  @Test
  void aNewsroomTermChangesTheConversion() {
    // One letter of a-f, even when the unique part happens to be digits only.
    String word = "维基" + (Accounts.unique().replaceAll("[^a-f]", "") + "a").substring(0, 1);
    String id = wire.pushStored(Wire.story("zh-Hans", "出租车涨价", "出租车下月涨价。"));
    assertEquals("計程車漲價", editor.renditions(id).get("zh-Hant-TW").getString("headline"));
    HttpResponse<String> added = editor.addTerm("zh-Hant-TW", "出租车", "小黃", word);
    assertEquals(200, added.statusCode(), added.body());
    try {
      assertEquals("小黃漲價", editor.renditions(id).get("zh-Hant-TW").getString("headline"));
      assertTrue(
          editor.http().getAuthorized("/api/v1/terms/export.tsv").body().contains("出租车\t小黃"));
    } finally {
      editor.removeTerm(Http.json(added).getString("id"));
    }
    assertEquals("計程車漲價", editor.renditions(id).get("zh-Hant-TW").getString("headline"));
  }

  @Test
  void aKilledStoryCannotBeEdited() {
    String id = wire.pushStored(Wire.story("en", "To be killed", "Body."));
    assertEquals(200, editor.kill(id, "legal").statusCode());
    assertEquals(409, editor.correct(id, "{\"headline\": \"x\", \"note\": \"n\"}").statusCode());
    assertEquals(409, editor.liftEmbargo(id).statusCode());
    assertEquals(409, editor.hold(id).statusCode());
    HttpResponse<String> wrongRole =
        wire.atTheDesk("desk-wire").correct(id, "{\"headline\": \"x\", \"note\": \"n\"}");
    assertEquals(403, wrongRole.statusCode());
  }

  @Test
  void embargoIsSetMovedAndLifted() {
    String id = wire.pushStored(Wire.story("en", "Embargo by the desk", "Body."));
    Http.eventually(Duration.ofSeconds(30), () -> reader.inFeed("en", id), Boolean::booleanValue);
    String later = Instant.now().plus(Duration.ofHours(3)).toString();
    HttpResponse<String> set = editor.embargoUntil(id, "\"" + later + "\"");
    assertEquals(200, set.statusCode(), set.body());
    assertFalse(reader.inFeed("en", id), "out of the feed while embargoed");
    assertEquals(400, editor.embargoUntil(id, "\"tomorrow\"").statusCode());
    JsonObject number = Problems.assertProblem(400, editor.embargoUntil(id, "1764318600"));
    assertEquals("until", number.getString("field"), number.toString());
    assertEquals(200, editor.liftEmbargo(id).statusCode());
    assertTrue(reader.inFeed("en", id), "back at once when lifted");
    String history = editor.history(id);
    assertTrue(
        history.contains("\"action\":\"embargoed\"")
            && history.contains("\"action\":\"embargo lifted\""),
        history);
  }

  @Test
  void translationsAreLinkedBothWays() {
    String en = wire.pushStored(Wire.story("en", "Chip exports rise", "Exports rose."));
    String zh = wire.pushStored(Wire.story("zh-Hans", "芯片出口增长", "出口增长。"));
    String zh2 = wire.pushStored(Wire.story("zh-Hant-TW", "晶片出口成長", "出口成長。"));
    assertEquals(204, editor.linkTranslation(en, zh).statusCode());
    assertEquals(List.of(zh), editor.translations(en));
    assertEquals(List.of(en), editor.translations(zh));
    assertEquals(
        400, editor.linkTranslation(zh, zh2).statusCode(), "variants are not translations");
    assertEquals(204, editor.unlinkTranslation(zh, en).statusCode());
    assertEquals(List.of(), editor.translations(en));
  }

  @Test
  void clustersAreMergedAndSplit() {
    String a =
        wire.pushStored(
            Wire.story("en", "Port strike ends " + Accounts.unique(), "Dockers return."));
    String b =
        wire.pushStored(Wire.story("en", "Ferry timetable " + Accounts.unique(), "New timetable."));
    HttpResponse<String> merged = editor.merge(a, b);
    assertEquals(200, merged.statusCode(), merged.body());
    assertEquals(editor.story(a).getString("cluster"), editor.story(b).getString("cluster"));
    assertEquals(200, editor.split(b).statusCode());
    assertNotEquals(editor.story(a).getString("cluster"), editor.story(b).getString("cluster"));
  }

  @Test
  void untrustedOriginWaitsAsIncomingUntilPublished() {
    HttpResponse<String> distrust =
        http.call("PUT", "/api/v1/origins/" + wire.origin(), "{\"trusted\": false}");
    assertEquals(200, distrust.statusCode(), distrust.body());
    assertEquals(
        403,
        editor
            .http()
            .call("PUT", "/api/v1/origins/" + wire.origin(), "{\"trusted\": true}")
            .statusCode());
    String id = wire.pushStored(Wire.story("en", "Unverified claim " + Accounts.unique(), "Body."));
    assertEquals("incoming", editor.story(id).getString("status"));
    assertFalse(reader.inFeed("en", id));
    String queue = editor.stories("status=incoming&limit=200").body();
    assertTrue(queue.contains(id), queue);
    assertFalse(editor.stories("status=published&limit=200").body().contains(id));
    assertEquals(400, editor.stories("status=lost").statusCode());
    assertEquals(200, editor.publish(id).statusCode());
    assertTrue(reader.inFeed("en", id), "published on approval");
  }

  @Test
  void searchFindsAStoryInEitherScript() {
    String marker = Accounts.unique();
    String id = wire.pushStored(Wire.story("zh-Hans", "经济数据公布 " + marker, "国家统计局公布经济数据。"));
    String found =
        editor
            .stories(
                "q="
                    + java.net.URLEncoder.encode(
                        "經濟數據公布 " + marker, java.nio.charset.StandardCharsets.UTF_8))
            .body();
    assertTrue(found.contains(id), found);
    String none = editor.stories("q=" + marker + "%25").body();
    assertFalse(none.contains(id), "% is a character to look for, not a wildcard");
  }

  @Test
  void scriptInACorrectionStaysText() {
    String id = wire.pushStored(Wire.story("en", "Plain headline", "Body."));
    String script = "<script>alert(1)</script>Council votes";
    HttpResponse<String> corrected =
        editor.correct(
            id,
            jakarta.json.Json.createObjectBuilder()
                .add("headline", script)
                .add("body_html", "<p onclick=\"alert(2)\">Body<script>alert(3)</script></p>")
                .add("note", "test")
                .build()
                .toString());
    assertEquals(200, corrected.statusCode(), corrected.body());
    JsonObject story = editor.story(id);
    assertEquals(script, story.getString("headline"), "kept as text, escaped wherever it is shown");
    assertFalse(story.getString("body_html").contains("script"), story.getString("body_html"));
    assertFalse(story.getString("body_html").contains("onclick"), story.getString("body_html"));
    String atom = reader.get("/feeds/en/all.atom").body();
    assertFalse(atom.contains("<script>alert(1)"), "escaped in the feed");
  }
}

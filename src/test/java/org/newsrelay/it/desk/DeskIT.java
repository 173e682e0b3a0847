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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.DeskFixture;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;

/**
 * The editors' story workflow over HTTP: corrections, embargoes, links, clusters, trust, search.
 */
class DeskIT extends ServerIT {
  private DeskFixture desk;
  private DeskFixture.Person wire;
  private DeskFixture.Person editor;

  @BeforeEach
  void people() {
    desk = new DeskFixture(base, http);
    wire = desk.person("desk-wire", "wire");
    editor = desk.person("desk-editor", "editor");
  }

  private HttpResponse<String> post(String path, String json) {
    return DeskFixture.send(editor.http(), "POST", path, json);
  }

  private boolean inFeed(String lang, String id) {
    return Feeds.entry(Feeds.atom(http.get("/feeds/" + lang + "/all.atom").body()), id).isPresent();
  }

  private Map<String, JsonObject> renditions(String id) {
    return Http.json(
            DeskFixture.send(editor.http(), "GET", "/api/v1/stories/" + id + "/renditions", null))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .collect(Collectors.toMap(r -> r.getString("language"), Function.identity()));
  }

  @Test
  void correctingTheOriginalKeepsEveryVersion() {
    String id =
        desk.push(wire.http(), DeskFixture.story("en", "Harbour reopnes", "The harbour reopened."));
    assertEquals(
        400,
        post("/api/v1/stories/" + id + "/correct", "{\"headline\": \"Harbour reopens\"}")
            .statusCode(),
        "a note is needed");
    HttpResponse<String> corrected =
        post(
            "/api/v1/stories/" + id + "/correct",
            "{\"headline\": \"Harbour reopens\", \"note\": \"typo\"}");
    assertEquals(200, corrected.statusCode(), corrected.body());
    post(
        "/api/v1/stories/" + id + "/correct",
        "{\"body_text\": \"The harbour reopened on Tuesday.\", \"note\": \"day\"}");

    JsonObject story = desk.story(id);
    assertEquals("Harbour reopens", story.getString("headline"));
    assertEquals("The harbour reopened on Tuesday.", story.getString("body_text"));
    List<JsonObject> versions =
        Http.json(
                DeskFixture.send(editor.http(), "GET", "/api/v1/stories/" + id + "/versions", null))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertEquals(List.of(0, 1, 2), versions.stream().map(v -> v.getInt("seq")).toList());
    assertEquals(
        "Harbour reopnes", versions.get(0).getString("headline"), "the wire's copy is kept");
    assertEquals("typo", versions.get(1).getString("note"));
    assertEquals(editor.username(), versions.get(2).getString("actor"));
    String history = http.getAuthorized("/api/v1/stories/" + id + "/history").body();
    assertTrue(history.contains("\"action\":\"corrected\""), history);
    Http.eventually(
        Duration.ofSeconds(30),
        () ->
            Feeds.entry(Feeds.atom(http.get("/feeds/en/all.atom").body()), id)
                .map(e -> e.getTitle())
                .orElse(""),
        "Harbour reopens"::equals);
  }

  @Test
  void aChineseVariantIsCorrectedOnItsOwnAndConversionIsMarked() {
    String id = desk.push(wire.http(), DeskFixture.story("zh-Hans", "新软件发布", "公司发布新软件。"));
    Map<String, JsonObject> before = renditions(id);
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
        post(
            "/api/v1/stories/" + id + "/correct",
            "{\"rendition\": \"zh-Hant-TW\", \"headline\": \"新版軟體發表\", \"note\": \"台灣用發表\"}");
    assertEquals(200, corrected.statusCode(), corrected.body());
    Map<String, JsonObject> after = renditions(id);
    assertEquals("corrected", after.get("zh-Hant-TW").getString("kind"));
    assertEquals("新版軟體發表", after.get("zh-Hant-TW").getString("headline"));
    assertEquals("新软件发布", after.get("zh-Hans").getString("headline"), "the original is untouched");
    assertEquals("converted", after.get("zh-Hant-HK").getString("kind"));
    assertEquals(
        400,
        post(
                "/api/v1/stories/" + id + "/correct",
                "{\"rendition\": \"en\", \"headline\": \"x\", \"note\": \"n\"}")
            .statusCode());
  }

  @Test
  void aNewsroomTermChangesTheConversion() {
    String word = "维基" + DeskFixture.unique().replaceAll("[^a-f]", "").substring(0, 1);
    String id = desk.push(wire.http(), DeskFixture.story("zh-Hans", "出租车涨价", "出租车下月涨价。"));
    assertEquals("計程車漲價", renditions(id).get("zh-Hant-TW").getString("headline"));
    HttpResponse<String> added =
        editor
            .http()
            .postJson(
                "/api/v1/terms",
                "{\"target\": \"zh-Hant-TW\", \"source\": \"出租车\", \"term\": \"小黃\", \"note\": \""
                    + word
                    + "\"}");
    assertEquals(200, added.statusCode(), added.body());
    try {
      assertEquals("小黃漲價", renditions(id).get("zh-Hant-TW").getString("headline"));
      assertTrue(
          DeskFixture.send(editor.http(), "GET", "/api/v1/terms/export.tsv", null)
              .body()
              .contains("出租车\t小黃"));
    } finally {
      DeskFixture.send(
          editor.http(), "DELETE", "/api/v1/terms/" + Http.json(added).getString("id"), null);
    }
    assertEquals("計程車漲價", renditions(id).get("zh-Hant-TW").getString("headline"));
  }

  @Test
  void aKilledStoryCannotBeEdited() {
    String id = desk.push(wire.http(), DeskFixture.story("en", "To be killed", "Body."));
    assertEquals(
        200, post("/api/v1/stories/" + id + "/kill", "{\"reason\": \"legal\"}").statusCode());
    assertEquals(
        409,
        post("/api/v1/stories/" + id + "/correct", "{\"headline\": \"x\", \"note\": \"n\"}")
            .statusCode());
    assertEquals(409, post("/api/v1/stories/" + id + "/embargo", "{\"until\": null}").statusCode());
    assertEquals(409, post("/api/v1/stories/" + id + "/hold", null).statusCode());
    HttpResponse<String> wrongRole =
        DeskFixture.send(
            wire.http(),
            "POST",
            "/api/v1/stories/" + id + "/correct",
            "{\"headline\": \"x\", \"note\": \"n\"}");
    assertEquals(403, wrongRole.statusCode());
  }

  @Test
  void embargoIsSetMovedAndLifted() {
    String id = desk.push(wire.http(), DeskFixture.story("en", "Embargo by the desk", "Body."));
    Http.eventually(Duration.ofSeconds(30), () -> inFeed("en", id), Boolean::booleanValue);
    String later = Instant.now().plus(Duration.ofHours(3)).toString();
    HttpResponse<String> set =
        post("/api/v1/stories/" + id + "/embargo", "{\"until\": \"" + later + "\"}");
    assertEquals(200, set.statusCode(), set.body());
    assertFalse(inFeed("en", id), "out of the feed while embargoed");
    assertEquals(
        400, post("/api/v1/stories/" + id + "/embargo", "{\"until\": \"tomorrow\"}").statusCode());
    assertEquals(200, post("/api/v1/stories/" + id + "/embargo", "{\"until\": null}").statusCode());
    assertTrue(inFeed("en", id), "back at once when lifted");
    String history = http.getAuthorized("/api/v1/stories/" + id + "/history").body();
    assertTrue(
        history.contains("\"action\":\"embargoed\"")
            && history.contains("\"action\":\"embargo lifted\""),
        history);
  }

  @Test
  void translationsAreLinkedBothWays() {
    String en =
        desk.push(wire.http(), DeskFixture.story("en", "Chip exports rise", "Exports rose."));
    String zh = desk.push(wire.http(), DeskFixture.story("zh-Hans", "芯片出口增长", "出口增长。"));
    String zh2 = desk.push(wire.http(), DeskFixture.story("zh-Hant-TW", "晶片出口成長", "出口成長。"));
    assertEquals(
        204,
        post("/api/v1/stories/" + en + "/translations", "{\"story\": \"" + zh + "\"}")
            .statusCode());
    assertEquals(List.of(zh), translations(en));
    assertEquals(List.of(en), translations(zh));
    assertEquals(
        400,
        post("/api/v1/stories/" + zh + "/translations", "{\"story\": \"" + zh2 + "\"}")
            .statusCode(),
        "variants are not translations");
    assertEquals(
        204,
        DeskFixture.send(
                editor.http(), "DELETE", "/api/v1/stories/" + zh + "/translations/" + en, null)
            .statusCode());
    assertEquals(List.of(), translations(en));
  }

  private List<String> translations(String id) {
    return Http.json(
            DeskFixture.send(editor.http(), "GET", "/api/v1/stories/" + id + "/renditions", null))
        .getJsonArray("translations")
        .getValuesAs(jakarta.json.JsonString.class)
        .stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  @Test
  void clustersAreMergedAndSplit() {
    String a =
        desk.push(
            wire.http(),
            DeskFixture.story("en", "Port strike ends " + DeskFixture.unique(), "Dockers return."));
    String b =
        desk.push(
            wire.http(),
            DeskFixture.story("en", "Ferry timetable " + DeskFixture.unique(), "New timetable."));
    HttpResponse<String> merged =
        post("/api/v1/stories/" + a + "/merge", "{\"with\": \"" + b + "\"}");
    assertEquals(200, merged.statusCode(), merged.body());
    assertEquals(desk.story(a).getString("cluster"), desk.story(b).getString("cluster"));
    assertEquals(200, post("/api/v1/stories/" + b + "/split", null).statusCode());
    assertNotEquals(desk.story(a).getString("cluster"), desk.story(b).getString("cluster"));
  }

  @Test
  void untrustedOriginWaitsAsIncomingUntilPublished() {
    HttpResponse<String> distrust =
        DeskFixture.send(http, "PUT", "/api/v1/origins/" + wire.origin(), "{\"trusted\": false}");
    assertEquals(200, distrust.statusCode(), distrust.body());
    assertEquals(
        403,
        DeskFixture.send(
                editor.http(), "PUT", "/api/v1/origins/" + wire.origin(), "{\"trusted\": true}")
            .statusCode());
    String id =
        desk.push(
            wire.http(),
            DeskFixture.story("en", "Unverified claim " + DeskFixture.unique(), "Body."));
    assertEquals("incoming", desk.story(id).getString("status"));
    assertFalse(inFeed("en", id));
    String queue =
        DeskFixture.send(editor.http(), "GET", "/api/v1/stories?status=incoming&limit=200", null)
            .body();
    assertTrue(queue.contains(id), queue);
    assertFalse(
        DeskFixture.send(editor.http(), "GET", "/api/v1/stories?status=published&limit=200", null)
            .body()
            .contains(id));
    assertEquals(
        400,
        DeskFixture.send(editor.http(), "GET", "/api/v1/stories?status=lost", null).statusCode());
    assertEquals(200, post("/api/v1/stories/" + id + "/publish", null).statusCode());
    assertTrue(inFeed("en", id), "published on approval");
  }

  @Test
  void searchFindsAStoryInEitherScript() {
    String marker = DeskFixture.unique();
    String id =
        desk.push(wire.http(), DeskFixture.story("zh-Hans", "经济数据公布 " + marker, "国家统计局公布经济数据。"));
    String found =
        DeskFixture.send(
                editor.http(),
                "GET",
                "/api/v1/stories?q="
                    + java.net.URLEncoder.encode(
                        "經濟數據公布 " + marker, java.nio.charset.StandardCharsets.UTF_8),
                null)
            .body();
    assertTrue(found.contains(id), found);
    String none =
        DeskFixture.send(editor.http(), "GET", "/api/v1/stories?q=" + marker + "%25", null).body();
    assertFalse(none.contains(id), "% is a character to look for, not a wildcard");
  }

  @Test
  void scriptInACorrectionStaysText() {
    String id = desk.push(wire.http(), DeskFixture.story("en", "Plain headline", "Body."));
    String script = "<script>alert(1)</script>Council votes";
    HttpResponse<String> corrected =
        post(
            "/api/v1/stories/" + id + "/correct",
            jakarta.json.Json.createObjectBuilder()
                .add("headline", script)
                .add("body_html", "<p onclick=\"alert(2)\">Body<script>alert(3)</script></p>")
                .add("note", "test")
                .build()
                .toString());
    assertEquals(200, corrected.statusCode(), corrected.body());
    JsonObject story = desk.story(id);
    assertEquals(script, story.getString("headline"), "kept as text, escaped wherever it is shown");
    assertFalse(story.getString("body_html").contains("script"), story.getString("body_html"));
    assertFalse(story.getString("body_html").contains("onclick"), story.getString("body_html"));
    String atom = http.get("/feeds/en/all.atom").body();
    assertFalse(atom.contains("<script>alert(1)"), "escaped in the feed");
  }
}

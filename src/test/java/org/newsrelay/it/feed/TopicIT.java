package org.newsrelay.it.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Accounts;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Problems;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.Wire;

/** Topics over HTTP: rules in any script, re-evaluation, manual choices, pins, bad input. */
class TopicIT extends ServerIT {
  /** A wire and an editor with accounts of their own, not the admin. */
  @BeforeEach
  void people() {
    wire = accounts.wire("topic-wire");
    editor = accounts.editor("topic-editor");
  }

  private JsonObjectBuilder topic(String slug, String... include) {
    return Json.createObjectBuilder()
        .add("slug", slug)
        .add("names", Json.createObjectBuilder().add("zh-Hans", "芯片").add("en", "Chips"))
        .add(
            "rules",
            Json.createObjectBuilder()
                .add("include", Json.createArrayBuilder(List.of(include)))
                // Only this test's wire, so that stories of other runs do not count.
                .add("sources", Json.createArrayBuilder().add(wire.origin())));
  }

  private List<String> storiesOf(String slug) {
    return Http.json(
            editor
                .http()
                .send(editor.http().authorized("/api/v1/topics/" + slug + "/stories").GET()))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(s -> s.getString("id"))
        .toList();
  }

  private List<String> awaitStories(String slug, java.util.function.Predicate<List<String>> done) {
    return Http.eventually(Duration.ofSeconds(60), () -> storiesOf(slug), done);
  }

  @Test
  void simplifiedRuleFindsTraditionalStoryAlreadyStoredAndOneArrivingLater() {
    String before = wire.pushStored(Wire.story("zh-Hant-TW", "台積電晶片出貨創新高", "台積電表示，晶片出貨量創下新高。"));
    String unrelated = wire.pushStored(Wire.story("zh-Hant-TW", "颱風逼近東部", "氣象局發布海上警報。"));
    String slug = "chips-" + Accounts.unique();
    HttpResponse<String> created = editor.createTopic(topic(slug, "芯片"));
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(
        created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/topics/" + slug));

    List<String> stories = awaitStories(slug, ids -> ids.contains(before));
    assertFalse(stories.contains(unrelated));
    JsonObject job = awaitJob(slug, "done");
    assertTrue(job.getInt("total") >= 2, job.toString());
    assertEquals(job.getInt("total"), job.getInt("done"));

    String after = wire.pushStored(Wire.story("zh-Hans", "华为发布新款芯片", "华为周二发布新款芯片。"));
    awaitStories(slug, ids -> ids.contains(after));
  }

  /**
   * A node that dies in the middle of a re-evaluation leaves its job unfinished and held until its
   * lease runs out; another node's sweep takes it up and finishes it. Here the dead node is made in
   * the database: the job is set back to running, its lease long gone, and the story it had
   * assigned is taken out of the topic again.
   */
  @Test
  void aReevaluationADeadNodeLeftIsFinishedByAnother() throws Exception {
    String story = wire.pushStored(Wire.story("zh-Hans", "芯片工厂扩产", "这家芯片工厂周二宣布扩产。"));
    String slug = "resumed-" + Accounts.unique();
    assertEquals(201, editor.createTopic(topic(slug, "芯片")).statusCode());
    awaitStories(slug, ids -> ids.contains(story));
    awaitJob(slug, "done");

    try (java.sql.Connection db = org.newsrelay.it.support.TestDatabase.connect();
        java.sql.PreparedStatement left =
            db.prepareStatement(
                "update topic_reevaluation set status = 'running', finished_at = null, done = 0,"
                    + " matched = 0, claimed_until = now() - interval '5 minutes'"
                    + " where topic_id = (select id from topic where slug = ?)");
        java.sql.PreparedStatement unassigned =
            db.prepareStatement(
                "delete from topic_story where story_id = ?"
                    + " and topic_id = (select id from topic where slug = ?)")) {
      left.setString(1, slug);
      assertEquals(1, left.executeUpdate());
      unassigned.setObject(1, java.util.UUID.fromString(story));
      unassigned.setString(2, slug);
      assertEquals(1, unassigned.executeUpdate());
    }
    JsonObject job = awaitJob(slug, "done");
    assertTrue(job.getInt("done") >= 1, job.toString());
    awaitStories(slug, ids -> ids.contains(story));
  }

  private JsonObject awaitJob(String slug, String status) {
    return Http.eventually(
        Duration.ofSeconds(60),
        () ->
            Http.json(
                editor
                    .http()
                    .send(
                        editor
                            .http()
                            .authorized("/api/v1/topics/" + slug + "/reevaluation")
                            .GET())),
        j -> j.getString("status").equals(status));
  }

  @Test
  void traditionalRuleFindsSimplifiedStoryAndWholeWordsOnly() {
    String match = wire.pushStored(Wire.story("zh-Hans", "国际油价周二上涨", "国际油价周二上涨两成。"));
    String fragment = wire.pushStored(Wire.story("zh-Hans", "石油价格周二上涨", "石油价格周二上涨。"));
    String slug = "oil-" + Accounts.unique();
    assertEquals(201, editor.createTopic(topic(slug, "油價")).statusCode());
    List<String> stories = awaitStories(slug, ids -> ids.contains(match));
    assertFalse(stories.contains(fragment), "油价 is not a word of 石油价格");
  }

  @Test
  void slugComesFromTheChineseNameThroughHanLatin() {
    String suffix = Accounts.unique().replaceAll("[0-9]", "x");
    HttpResponse<String> created =
        editor.createTopic(
            Json.createObjectBuilder()
                .add("names", Json.createObjectBuilder().add("zh-Hans", "人工智能 " + suffix))
                .add(
                    "rules",
                    Json.createObjectBuilder()
                        .add("include", Json.createArrayBuilder().add("人工智能"))));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject topic = Http.json(created);
    assertEquals("ren-gong-zhi-neng-" + suffix, topic.getString("slug"));
    assertEquals(
        "人工智慧 " + suffix,
        topic.getJsonObject("names").getString("zh-Hant-TW"),
        "converted, with Taiwan's word");
    assertEquals("public", topic.getString("visibility"));
  }

  @Test
  void badInput() {
    String slug = "dup-" + Accounts.unique();
    assertEquals(201, editor.createTopic(topic(slug, "芯片")).statusCode());
    HttpResponse<String> duplicate = editor.createTopic(topic(slug, "晶片"));
    assertEquals(409, duplicate.statusCode(), duplicate.body());
    assertEquals(
        "application/problem+json", duplicate.headers().firstValue("Content-Type").orElseThrow());

    HttpResponse<String> empty =
        editor.createTopic(
            Json.createObjectBuilder()
                .add("slug", "empty-" + Accounts.unique())
                .add("names", Json.createObjectBuilder().add("en", "Empty"))
                .add(
                    "rules",
                    Json.createObjectBuilder()
                        .add("include", Json.createArrayBuilder())
                        .add("exclude", Json.createArrayBuilder().add("x"))));
    assertEquals(400, empty.statusCode(), empty.body());
    assertEquals(400, editor.createTopic(topic("Not A Slug", "x")).statusCode());
    assertEquals(
        400, editor.createTopic(topic("all", "x")).statusCode(), "reserved for the all feed");
    assertEquals(400, editor.http().postJson("/api/v1/topics", "{\"names\": ").statusCode());
    assertEquals(400, editor.createTopic(topic("blank-" + Accounts.unique(), " ")).statusCode());

    // A field of the wrong type is refused by name, not coerced into a string.
    JsonObject numberName =
        Problems.assertProblem(
            400,
            editor
                .http()
                .postJson("/api/v1/topics", "{\"name\": 5, \"rules\": {\"include\": [\"x\"]}}"));
    assertEquals("name", numberName.getString("field"), numberName.toString());
    // A constraint of TopicRequest's, checked by WildFly's Bean Validation.
    JsonObject longName =
        Problems.assertProblem(
            400,
            editor
                .http()
                .postJson(
                    "/api/v1/topics",
                    "{\"name\": \"" + "x".repeat(201) + "\", \"rules\": {\"include\": [\"x\"]}}"));
    assertEquals("name", longName.getString("field"), longName.toString());
    assertEquals(
        "\"name\" is longer than 200 characters.",
        longName.getString("detail"),
        longName.toString());
    assertTrue(numberName.getString("detail").contains("\"name\""), numberName.toString());
    JsonObject numberRule =
        Problems.assertProblem(
            400,
            editor
                .http()
                .postJson("/api/v1/topics", "{\"name\": \"x\", \"rules\": {\"include\": \"x\"}}"));
    assertEquals("rules.include", numberRule.getString("field"), numberRule.toString());

    assertEquals(
        403,
        wire.http()
            .postJson("/api/v1/topics", topic("w-" + Accounts.unique(), "x").build().toString())
            .statusCode());
    Http admin = accounts.person("topic-admin", "admin").http();
    assertEquals(
        200,
        admin.call("GET", "/api/v1/topics", null).statusCode(),
        "an admin may do all an editor may");
    assertEquals(401, reader.get("/api/v1/topics").statusCode());
    assertEquals(
        404,
        editor
            .http()
            .call("GET", "/api/v1/topics/no-such-" + Accounts.unique(), null)
            .statusCode());
  }

  @Test
  void editorsChoiceWinsOverTheRulesAndPinsComeFirst() {
    String older = wire.pushStored(Wire.story("zh-Hans", "芯片出口数据公布", "芯片出口增长。"));
    String newer = wire.pushStored(Wire.story("zh-Hans", "芯片价格下跌", "芯片价格周三下跌。"));
    String other = wire.pushStored(Wire.story("zh-Hans", "足球联赛开幕", "联赛周末开幕。"));
    String slug = "choice-" + Accounts.unique();
    assertEquals(201, editor.createTopic(topic(slug, "芯片")).statusCode());
    awaitStories(slug, ids -> ids.containsAll(List.of(older, newer)));

    assertEquals(
        204,
        editor
            .http()
            .call("DELETE", "/api/v1/topics/" + slug + "/stories/" + newer, null)
            .statusCode());
    assertEquals(
        204,
        editor
            .http()
            .call("PUT", "/api/v1/topics/" + slug + "/stories/" + other, null)
            .statusCode());
    // New rules that would still match the removed story and no longer match the added one.
    HttpResponse<String> changed =
        editor
            .http()
            .call("PUT", "/api/v1/topics/" + slug, topic(slug, "芯片", "价格").build().toString());
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(2, Http.json(changed).getInt("rules_version"));
    Http.eventually(
        Duration.ofSeconds(60),
        () ->
            Http.json(editor.http().call("GET", "/api/v1/topics/" + slug + "/reevaluation", null)),
        j -> j.getString("status").equals("done") && j.getInt("rules_version") == 2);
    JsonObject removed = member(slug, newer);
    assertEquals("removed", removed.getString("topic_reason"));
    assertEquals("manual", member(slug, other).getString("topic_reason"));

    Instant until = Instant.now().plus(Duration.ofHours(2));
    HttpResponse<String> pinned = editor.pin(older, slug, until);
    assertEquals(200, pinned.statusCode(), pinned.body());
    assertEquals(older, storiesOf(slug).get(0), "the pinned story leads though it is older");
    assertEquals(400, editor.pin(older, slug, Instant.parse("2001-01-01T00:00:00Z")).statusCode());
    String history = editor.history(older);
    assertTrue(history.contains("\"action\":\"pinned\""), history);
    assertTrue(editor.history(newer).contains("removed from topic"));
  }

  @Test
  void previewShowsWhatRulesWouldMatchWithoutSaving() {
    String id = wire.pushStored(Wire.story("zh-Hant-HK", "香港的士加價", "的士車費下月起上調。"));
    String rules =
        "{\"rules\": {\"include\": [\"出租车\"], \"sources\": [\"" + wire.origin() + "\"]}}";
    HttpResponse<String> preview = editor.http().postJson("/api/v1/topics/preview", rules);
    assertEquals(200, preview.statusCode(), preview.body());
    assertTrue(preview.body().contains(id), "出租车 finds Hong Kong's 的士: " + preview.body());
    assertEquals(
        400, editor.http().postJson("/api/v1/topics/preview", "{\"rules\": {}}").statusCode());
  }

  private JsonObject member(String slug, String id) {
    return Http.json(editor.http().call("GET", "/api/v1/topics/" + slug + "/stories", null))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not listed in " + slug));
  }
}

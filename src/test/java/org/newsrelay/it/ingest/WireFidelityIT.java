package org.newsrelay.it.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Item;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.Problems;
import org.newsrelay.it.support.ServerIT;

/**
 * Nothing a wire sends is lost: a ninjs 2.x story with every member of the wire's metadata (and
 * members newsrelay does not know) comes back whole from the stories API, as ninjs 2.x in each tag
 * from the content API (converted, corrected, with version and ednote), and with its rights from
 * every feed format and the story page. The content API answers under the one visibility rule and a
 * partner's language terms.
 */
class WireFidelityIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private String token;

  @BeforeEach
  void token() {
    token = "wf" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** A Simplified Chinese story in ninjs 2.x, every metadata member set. */
  private JsonObjectBuilder chinese(Instant at) {
    return Json.createObjectBuilder()
        .add("uri", "urn:newsrelay:it:wire:" + token)
        .add("language", "zh-Hans")
        .add("versioncreated", at.toString())
        .add(
            "headlines",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("role", "main").add("value", "人工智能软件" + token)))
        .add(
            "bodies",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("role", "main")
                        .add("contenttype", "text/plain")
                        .add("value", "网络安全软件。\n" + Copy.distinct(token))))
        .add("by", "记者 张伟")
        .add(
            "subjects",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "经济")
                        .add("uri", "http://cv.iptc.org/newscodes/mediatopic/04000000")
                        .add("literal", "medtop:04000000")))
        .add("slugline", "AI-SOFTWARE-" + token)
        .add("urgency", 2)
        .add("located", "北京")
        .add("places", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "北京")))
        .add(
            "genres",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "现场报道")
                        .add("uri", "http://cv.iptc.org/newscodes/genre/Actuality")))
        .add("copyrightholder", "新华社")
        .add("copyrightnotice", "版权所有 新华社")
        .add("usageterms", "仅限合作伙伴使用")
        .add("ednote", "请勿删改")
        .add("version", "3")
        .add(
            "associations",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "mainpic")
                        .add("uri", "urn:pic:" + token)
                        .add("type", "picture")))
        .add(
            "renditions",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "print")
                        .add("href", "https://wire.example/print.pdf")
                        .add("contenttype", "application/pdf")
                        .add("sizeinbytes", 1000)))
        .add("profile", "text-photo")
        .add("x_wire_desk", Json.createObjectBuilder().add("code", "A1").add("shift", 2));
  }

  private JsonObjectBuilder english() {
    String headline = "Harbour reopens " + token;
    return Json.createObjectBuilder()
        .add("uri", "urn:newsrelay:it:wire:en:" + token)
        .add("language", "en")
        .add("versioncreated", Instant.now().toString())
        .add(
            "headlines",
            Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", headline)))
        .add("body_text", Copy.distinct(headline))
        .add("by", "Ann Lee")
        .add("copyrightholder", "Harbour Wire")
        .add("copyrightnotice", "Copyright 2026 Harbour Wire " + token)
        .add("usageterms", "Partners only");
  }

  private JsonObject awaitStored(String id) {
    return Http.json(
        Http.eventually(
            WAIT,
            () -> reader.story(id),
            r -> r.statusCode() == 200 && Http.json(r).getString("status").equals("published")));
  }

  @Test
  void everyMemberComesBackFromTheStoriesApi() {
    String id = wire.push(chinese(Instant.now()));
    JsonObject story = awaitStored(id);
    assertEquals("人工智能软件" + token, story.getString("headline"));
    assertEquals("记者 张伟", story.getString("byline"), "2.x's by");
    assertEquals(
        "medtop:04000000", story.getJsonArray("subject").getString(0), "topic rules' code");
    JsonObject wired = story.getJsonObject("wire");
    JsonObject subject = wired.getJsonArray("subjects").getJsonObject(0);
    assertEquals("经济", subject.getString("name"));
    assertEquals("http://cv.iptc.org/newscodes/mediatopic/04000000", subject.getString("uri"));
    assertEquals("medtop:04000000", subject.getString("code"));
    assertEquals("AI-SOFTWARE-" + token, wired.getString("slugline"));
    assertEquals(2, wired.getInt("urgency"));
    assertEquals("北京", wired.getString("located"));
    assertEquals("北京", wired.getJsonArray("places").getJsonObject(0).getString("name"));
    assertEquals("现场报道", wired.getJsonArray("genres").getJsonObject(0).getString("name"));
    assertEquals("新华社", wired.getString("copyrightholder"));
    assertEquals("版权所有 新华社", wired.getString("copyrightnotice"));
    assertEquals("仅限合作伙伴使用", wired.getString("usageterms"));
    assertEquals("请勿删改", wired.getString("ednote"));
    assertEquals("3", wired.getString("version"));
    assertEquals(
        "urn:pic:" + token, wired.getJsonArray("associations").getJsonObject(0).getString("uri"));
    assertEquals(1000, wired.getJsonArray("renditions").getJsonObject(0).getInt("sizeinbytes"));
    JsonObject extra = wired.getJsonObject("extra");
    assertEquals("text-photo", extra.getString("profile"));
    assertEquals("A1", extra.getJsonObject("x_wire_desk").getString("code"));

    // The wire's newer version replaces the metadata as it replaces the copy.
    wire.push(
        chinese(Instant.now().plusSeconds(5))
            .add("slugline", "AI-SOFTWARE-2-" + token)
            .remove("usageterms"));
    JsonObject revised =
        Http.json(
            Http.eventually(
                WAIT,
                () -> reader.story(id),
                r ->
                    Http.json(r)
                        .getJsonObject("wire")
                        .getString("slugline")
                        .equals("AI-SOFTWARE-2-" + token)));
    assertFalse(revised.getJsonObject("wire").containsKey("usageterms"));
  }

  @Test
  void aCorrectedStorysNewerWireVersionBringsItsMetadataOnlyWhenAccepted() {
    String id = wire.push(chinese(Instant.now()));
    awaitStored(id);
    assertEquals(
        200, editor.correctHeadline(id, "zh-Hans", "人工智能软件更正" + token, "改标题").statusCode());
    wire.push(chinese(Instant.now().plusSeconds(5)).add("slugline", "AI-NEWER-" + token));
    Http.eventually(WAIT, () -> editor.wireVersion(id), r -> r.statusCode() == 200);
    assertEquals(
        "AI-SOFTWARE-" + token,
        editor.story(id).getJsonObject("wire").getString("slugline"),
        "the metadata waits with the copy");
    assertEquals(200, editor.acceptWireVersion(id).statusCode());
    assertEquals("AI-NEWER-" + token, editor.story(id).getJsonObject("wire").getString("slugline"));
    assertEquals(
        "请勿删改",
        content("zh-Hans", id).getString("ednote"),
        "the desk's note went with its correction: the wire's speaks again");
  }

  @Test
  void theContentApiAnswersNinjsInEachTagConvertedAndCorrected() {
    String id = wire.push(chinese(Instant.now()));
    awaitStored(id);
    JsonObject taiwan = content("zh-Hant-TW", id);
    assertEquals(
        "http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json",
        taiwan.getJsonObject("standard").getString("schema"));
    assertEquals("urn:uuid:" + id, taiwan.getString("uri"));
    assertEquals("zh-Hant-TW", taiwan.getString("language"));
    assertEquals("usable", taiwan.getString("pubstatus"));
    assertEquals(
        taiwanese("人工智能软件" + token),
        taiwan.getJsonArray("headlines").getJsonObject(0).getString("value"),
        "the headline converted as the feeds convert it");
    assertTrue(
        taiwan.getJsonArray("headlines").getJsonObject(0).getString("value").startsWith("人工智慧軟體"));
    assertEquals(taiwanese("版权所有 新华社"), taiwan.getString("copyrightnotice"));
    assertEquals(taiwanese("新华社"), taiwan.getString("copyrightholder"));
    assertEquals(taiwanese("仅限合作伙伴使用"), taiwan.getString("usageterms"));
    assertEquals(taiwanese("记者 张伟"), taiwan.getString("by"));
    assertEquals(
        taiwanese("经济"), taiwan.getJsonArray("subjects").getJsonObject(0).getString("name"));
    assertEquals(
        "medtop:04000000", taiwan.getJsonArray("subjects").getJsonObject(0).getString("literal"));
    assertEquals(2, taiwan.getInt("urgency"));
    assertEquals("AI-SOFTWARE-" + token, taiwan.getString("slugline"));
    assertEquals(
        converted("请勿删改", "zh-Hant-TW"),
        taiwan.getString("ednote"),
        "the wire's note, as the desk has none");
    assertEquals("text-photo", taiwan.getString("profile"), "what newsrelay does not read goes on");
    assertEquals(
        "urn:pic:" + token, taiwan.getJsonArray("associations").getJsonObject(0).getString("uri"));
    assertEquals(
        "urn:newsrelay:it:wire:" + token,
        taiwan.getJsonArray("altids").getJsonObject(0).getString("value"));
    int version = Integer.parseInt(taiwan.getString("version"));

    assertEquals(
        "人工智能软件" + token,
        content("zh-Hans", id).getJsonArray("headlines").getJsonObject(0).getString("value"),
        "the original as written");
    Problems.assertProblem(404, reader.get("/api/v1/content/en/" + id));

    String corrected = "人工智慧軟體更正" + token;
    assertEquals(200, editor.correctHeadline(id, "zh-Hant-TW", corrected, "更正標題用字").statusCode());
    JsonObject after =
        Http.eventually(
            WAIT,
            () -> content("zh-Hant-TW", id),
            c -> c.getJsonArray("headlines").getJsonObject(0).getString("value").equals(corrected));
    assertEquals("更正標題用字", after.getString("ednote"), "the desk's note before the wire's");
    assertTrue(Integer.parseInt(after.getString("version")) > version, "a new version");
    assertEquals(
        converted("请勿删改", "zh-Hant-HK"),
        content("zh-Hant-HK", id).getString("ednote"),
        "Hong Kong shows the wire's note: the Taiwan correction did not change its copy");

    String english = wire.push(english());
    awaitStored(english);
    JsonObject en = content("en", english);
    assertEquals(
        "Harbour reopens " + token,
        en.getJsonArray("headlines").getJsonObject(0).getString("value"));
    assertEquals("Ann Lee", en.getString("by"));
    assertEquals("Partners only", en.getString("usageterms"));
  }

  @Test
  void everyFormatCarriesTheRights() {
    String id = wire.push(english());
    awaitStored(id);
    String notice = "Copyright 2026 Harbour Wire " + token;
    String statement = notice + " — Partners only";
    Entry entry = reader.awaitEntry("/feeds/en/all.atom?q=" + token, id);
    assertEquals(statement, entry.getRights());
    Item item =
        reader.rss("/feeds/en/all.rss?q=" + token).getItems().stream()
            .filter(i -> i.getGuid().getValue().equals("urn:uuid:" + id))
            .findFirst()
            .orElseThrow();
    DCModule dc = (DCModule) item.getModule(DCModule.URI);
    assertEquals(statement, dc.getRights());
    assertEquals("Ann Lee", dc.getCreator());
    assertTrue(
        reader
            .get("/feeds/en/all.rss?q=" + token)
            .body()
            .contains("xmlns:dc=\"http://purl.org/dc/elements/1.1/\""));
    JsonArray items = reader.json("/feeds/en/all.json?q=" + token).getJsonArray("items");
    JsonObject rights = items.getJsonObject(0).getJsonObject("_rights");
    assertEquals(statement, rights.getString("statement"));
    assertEquals("Harbour Wire", rights.getString("holder"));
    assertEquals(notice, rights.getString("notice"));
    assertEquals("Partners only", rights.getString("usage_terms"));
    HttpResponse<String> page = reader.page(id, "en");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<p class=\"rights\"><small>" + statement), page.body());

    String chinese = wire.push(chinese(Instant.now()));
    Entry taiwan = reader.awaitEntry("/feeds/zh-Hant-TW/all.atom?q=" + token, chinese);
    assertEquals(taiwanese("版权所有 新华社") + " — " + taiwanese("仅限合作伙伴使用"), taiwan.getRights());
    assertTrue(
        taiwan.getCategories().stream().anyMatch(c -> c.getTerm().equals(taiwanese("经济"))),
        "the subject by its name in the reader's script, not its code");
    assertFalse(
        taiwan.getCategories().stream().anyMatch(c -> c.getTerm().startsWith("medtop:")),
        "no bare code");
  }

  @Test
  void theContentApiKeepsToTheOneVisibilityRuleAndThePartnersTerms() {
    String id = wire.push(english());
    awaitStored(id);
    assertEquals(200, reader.get("/api/v1/content/en/" + id).statusCode(), "public: anyone");

    String held = wire.push(english().add("uri", "urn:newsrelay:it:wire:held:" + token));
    awaitStored(held);
    assertEquals(200, editor.hold(held).statusCode());
    Problems.assertProblem(404, reader.get("/api/v1/content/en/" + held));
    assertEquals(
        "withheld",
        Http.json(http.getAuthorized("/api/v1/content/en/" + held)).getString("pubstatus"),
        "the desk sees it");
    String withheld =
        wire.push(
            english()
                .add("uri", "urn:newsrelay:it:wire:withheld:" + token)
                .add("pubstatus", "withheld"));
    Http.eventually(
        WAIT, () -> http.getAuthorized("/api/v1/stories/" + withheld), r -> r.statusCode() == 200);
    Problems.assertProblem(404, reader.get("/api/v1/content/en/" + withheld));
    Problems.assertProblem(404, reader.get("/api/v1/content/en/" + UUID.randomUUID()));
    Problems.assertProblem(404, reader.get("/api/v1/content/en/not-an-id"));
    JsonObject unknown = Problems.assertProblem(404, reader.get("/api/v1/content/fr/" + id));
    assertTrue(unknown.getJsonArray("available").toString().contains("zh-Hant-TW"));

    Partner englishOnly = partner("\"subscriber\"", "\"en\"", null);
    assertEquals(200, englishOnly.get("/api/v1/content/en/" + id).statusCode());
    Problems.assertProblem(404, englishOnly.get("/api/v1/content/en/" + held));
    String chinese = wire.push(chinese(Instant.now()));
    awaitStored(chinese);
    Problems.assertProblem(403, englishOnly.get("/api/v1/content/zh-Hant-TW/" + chinese));
    Partner taiwan = partner("\"subscriber\"", "\"zh-Hant-TW\"", null);
    JsonObject entitled = Http.json(taiwan.get("/api/v1/content/zh-Hant-TW/" + chinese));
    assertEquals("zh-Hant-TW", entitled.getString("language"));
  }

  @Test
  void aMemberOfTheWrongTypeIsA400NamingIt() {
    JsonObject problem =
        Problems.assertProblem(400, wire.send(english().add("urgency", "high").build().toString()));
    assertEquals("urgency", problem.getString("field"));
    problem =
        Problems.assertProblem(
            400,
            wire.send(
                english()
                    .add(
                        "subjects",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", 5)))
                    .build()
                    .toString()));
    assertEquals("subjects[0].name", problem.getString("field"));
  }

  private JsonObject content(String lang, String id) {
    HttpResponse<String> response = reader.get("/api/v1/content/" + lang + "/" + id);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }
}

package org.newsrelay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.story.WireMetadata;

/** ninjs 1.x, 2.x and 3.x read into a draft and the wire's metadata, nothing lost. */
class NinjsTest {

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  /** A ninjs 2.0 story with every member the wire's metadata keeps. */
  static final String TWO_X =
      """
      {'uri': 'urn:wire:2', 'language': 'zh-Hans', 'versioncreated': '2026-12-01T08:00:00Z',
       'headlines': [{'role': 'main', 'value': '人工智能软件'}],
       'bodies': [{'role': 'main', 'contenttype': 'text/plain', 'value': '第一段。'}],
       'by': '记者 张伟',
       'subjects': [{'name': '经济', 'uri': 'http://cv.iptc.org/newscodes/mediatopic/04000000',
                     'rel': 'about'},
                    {'name': '科技', 'literal': 'medtop:13000000'}],
       'slugline': 'AI-SOFTWARE', 'urgency': 2, 'located': '北京',
       'places': [{'name': '北京', 'uri': 'http://sws.geonames.org/1816670/'}],
       'genres': [{'name': '现场报道', 'uri': 'http://cv.iptc.org/newscodes/genre/Actuality'}],
       'copyrightholder': '新华社', 'copyrightnotice': '版权所有 新华社',
       'usageterms': '仅限合作伙伴使用', 'ednote': '请勿删改', 'version': '3',
       'associations': [{'name': 'mainpic', 'uri': 'urn:pic:1', 'type': 'picture'}],
       'renditions': [{'name': 'print', 'href': 'https://wire.example/print.pdf',
                       'contenttype': 'application/pdf', 'sizeinbytes': 1000}],
       'profile': 'text-photo', 'x_desk': {'code': 'A1', 'lines': [1, 2]},
       'firstcreated': '2026-12-01T07:00:00Z'}
      """;

  @Test
  void ninjs2IsReadWhole() {
    StoryDraft draft = Ninjs.read(json(TWO_X));
    assertEquals("人工智能软件", draft.headline());
    assertEquals("第一段。", draft.bodyText());
    assertEquals("记者 张伟", draft.byline());
    assertEquals(Instant.parse("2026-12-01T08:00:00Z"), draft.versionCreated());
    assertEquals(
        List.of("medtop:04000000", "medtop:13000000"),
        draft.subjects(),
        "codes for topic rules, from a NewsCodes uri or the literal");
    WireMetadata wire = draft.wire();
    JsonObject subject = wire.list("subjects").get(0);
    assertEquals("经济", subject.getString("name"));
    assertEquals("http://cv.iptc.org/newscodes/mediatopic/04000000", subject.getString("uri"));
    assertEquals("about", subject.getString("rel"), "a subject keeps what it came with");
    assertEquals("AI-SOFTWARE", wire.text("slugline"));
    assertEquals(2, wire.urgency());
    assertEquals("北京", wire.text("located"));
    assertEquals("北京", wire.list("places").get(0).getString("name"));
    assertEquals("现场报道", wire.list("genres").get(0).getString("name"));
    assertEquals("新华社", wire.rights().holder());
    assertEquals("版权所有 新华社", wire.rights().notice());
    assertEquals("仅限合作伙伴使用", wire.rights().usageTerms());
    assertEquals("请勿删改", wire.text("ednote"));
    assertEquals("3", wire.text("version"));
    assertEquals("urn:pic:1", wire.list("associations").get(0).getString("uri"));
    assertEquals(1000, wire.list("renditions").get(0).getInt("sizeinbytes"));
    JsonObject extra = wire.extra();
    assertEquals("text-photo", extra.getString("profile"), "what newsrelay does not read is kept");
    assertEquals("A1", extra.getJsonObject("x_desk").getString("code"));
    assertEquals("2026-12-01T07:00:00Z", extra.getString("firstcreated"));
    assertFalse(extra.containsKey("headlines"), "read whole, so not kept twice");
  }

  @Test
  void ninjs1NamesAreRead() {
    StoryDraft draft =
        Ninjs.read(
            json(
                """
                {'uri': 'urn:wire:1', 'headline': 'Harbour reopens', 'byline': 'Ann Lee',
                 'body_html': '<p>The harbour reopened.</p>',
                 'subject': [{'code': '04000000', 'name': 'economy', 'scheme': 'subj'}, 'sport'],
                 'place': [{'name': 'Hull', 'code': 'GB-KHL'}],
                 'renditions': {'thumbnail': {'href': 'https://wire.example/t.jpg', 'width': 80}},
                 'associations': {'main': {'uri': 'urn:pic:9', 'type': 'picture'}},
                 'description_text': 'A summary'}
                """));
    assertEquals("Harbour reopens", draft.headline());
    assertEquals("Ann Lee", draft.byline());
    assertEquals("<p>The harbour reopened.</p>", draft.bodyHtml());
    assertEquals(List.of("04000000", "sport"), draft.subjects());
    WireMetadata wire = draft.wire();
    assertEquals("economy", wire.list("subjects").get(0).getString("name"));
    assertEquals("Hull", wire.list("places").get(0).getString("name"));
    JsonObject thumbnail = wire.list("renditions").get(0);
    assertEquals("thumbnail", thumbnail.getString("name"), "1.x's keyed object as a 2.x array");
    assertEquals(80, thumbnail.getInt("width"));
    assertEquals("main", wire.list("associations").get(0).getString("name"));
    assertEquals("A summary", wire.extra().getString("description_text"));
  }

  @Test
  void ninjs3CamelCaseIsReadAsTwoX() {
    StoryDraft draft =
        Ninjs.read(
            json(
                """
                {'uri': 'urn:wire:3', 'versionCreated': '2026-12-01T09:00:00+08:00',
                 'pubStatus': 'withheld', 'edNote': 'Hold for legal',
                 'copyrightHolder': 'Harbour Wire', 'copyrightNotice': '(c) 2026 Harbour Wire',
                 'usageTerms': 'Partners only',
                 'headlines': [{'role': 'main', 'contentType': 'text/plain', 'value': 'Ferry'}],
                 'bodies': [{'role': 'main', 'contentType': 'text/html', 'value': '<p>Late</p>'}],
                 'renditions': [{'name': 'web', 'contentType': 'image/jpeg', 'sizeInBytes': 9}],
                 'altIds': [{'role': 'internal', 'value': 'X-1'}],
                 'rightsInfo': {'linkedRights': 'https://wire.example/terms'}}
                """));
    assertEquals(Instant.parse("2026-12-01T01:00:00Z"), draft.versionCreated());
    assertEquals("withheld", draft.pubstatus());
    assertEquals("<p>Late</p>", draft.bodyHtml(), "a body's contentType");
    WireMetadata wire = draft.wire();
    assertEquals("Hold for legal", wire.text("ednote"));
    assertEquals("Harbour Wire", wire.rights().holder());
    assertEquals("(c) 2026 Harbour Wire", wire.rights().notice());
    assertEquals("Partners only", wire.rights().usageTerms());
    assertEquals("image/jpeg", wire.list("renditions").get(0).getString("contenttype"));
    assertEquals(9, wire.list("renditions").get(0).getInt("sizeinbytes"));
    assertEquals("X-1", wire.extra().getJsonArray("altids").getJsonObject(0).getString("value"));
    assertEquals(
        "https://wire.example/terms",
        wire.extra().getJsonObject("rightsinfo").getString("linkedrights"));
  }

  @Test
  void bothSpellingsSentKeepBoth() {
    StoryDraft draft =
        Ninjs.read(
            json(
                """
                {'uri': 'urn:wire:4', 'headline': 'One', 'byline': 'Ann', 'by': 'Ann Lee',
                 'headlines': [{'value': 'One'}, {'role': 'sub', 'value': 'Two'}],
                 'ednote': 'lower', 'edNote': 'camel'}
                """));
    assertEquals("Ann", draft.byline());
    assertEquals("lower", draft.wire().text("ednote"));
    JsonObject extra = draft.wire().extra();
    assertEquals("Ann Lee", extra.getString("by"));
    assertEquals("Two", extra.getJsonArray("headlines").getJsonObject(1).getString("value"));
    assertEquals("camel", extra.getString("edNote"));
  }

  @Test
  void aDraftWrittenToTheInboxReadsBackTheSame() {
    for (String story : List.of(TWO_X, "{'uri': 'u', 'headline': 'h', 'subject': ['04000000']}")) {
      StoryDraft draft = Ninjs.read(json(story));
      StoryDraft again =
          Ninjs.read(
              Json.createReader(new StringReader(Ninjs.write(draft).toString())).readObject());
      assertEquals(draft, again);
    }
  }

  @Test
  void urgencyIsAWholeNumberFromOneToNine() {
    assertEquals(
        3, Ninjs.read(json("{'uri': 'u', 'headline': 'h', 'urgency': 3.0}")).wire().urgency());
    for (String urgency : List.of("0", "10", "2.5", "'2'", "true", "[1]", "1e999999999", "-1")) {
      assertRefused("urgency", "{'uri': 'u', 'headline': 'h', 'urgency': " + urgency + "}");
    }
    assertNull(Ninjs.read(json("{'uri': 'u', 'headline': 'h', 'urgency': null}")).wire().urgency());
  }

  @Test
  void aMemberOfTheWrongTypeIsRefusedByName() {
    assertRefused("slugline", "{'uri': 'u', 'headline': 'h', 'slugline': 5}");
    assertRefused("copyrightnotice", "{'uri': 'u', 'headline': 'h', 'copyrightNotice': {}}");
    assertRefused("version", "{'uri': 'u', 'headline': 'h', 'version': true}");
    assertRefused("subjects", "{'uri': 'u', 'headline': 'h', 'subjects': 'economy'}");
    assertRefused("subjects[1]", "{'uri': 'u', 'headline': 'h', 'subjects': [{'name': 'a'}, 5]}");
    assertRefused("subjects[0].name", "{'uri': 'u', 'headline': 'h', 'subjects': [{'name': 1}]}");
    assertRefused("places[0]", "{'uri': 'u', 'headline': 'h', 'places': ['Hull']}");
    assertRefused("genres[0].uri", "{'uri': 'u', 'headline': 'h', 'genres': [{'uri': []}]}");
    assertRefused("associations[0]", "{'uri': 'u', 'headline': 'h', 'associations': [1]}");
    assertRefused(
        "renditions[0].width",
        "{'uri': 'u', 'headline': 'h', 'renditions': [{'name': 'a', 'width': 'wide'}]}");
    assertRefused("renditions", "{'uri': 'u', 'headline': 'h', 'renditions': {'a': 1}}");
    assertRefused("headline", "{'uri': 'u', 'headline': 7}");
    assertRefused("bodies[0].value", "{'uri': 'u', 'bodies': [{'value': 7}]}");
    assertRefused("uri", "{'headline': 'h'}");
  }

  @Test
  void theFeedsSubjectsAreCodesForTopicRulesAsBefore() {
    StoryDraft draft =
        Ninjs.read(
            json("{'uri': 'u', 'headline': 'h', 'subject': [{'name': 'sport'}, '15000000']}"));
    assertEquals(List.of("sport", "15000000"), draft.subjects());
    assertTrue(Ninjs.write(draft).containsKey("subjects"));
  }

  private static void assertRefused(String field, String story) {
    InvalidInput refused = assertThrows(InvalidInput.class, () -> Ninjs.read(json(story)), story);
    assertEquals(field, refused.extensions().get("field"), refused.detail());
  }
}

package org.newsrelay.ingest;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import org.newsrelay.platform.DomainException;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.story.StoryCopy;

/**
 * Coverage-guided (Jazzer): ninjs pushes of any shape and any UTF-16 (lone surrogates, controls,
 * noncharacters, markup) through the door, the copy desk and every writer. Whatever comes in is
 * refused with a 400 or stored clean, and renders well-formed in Atom, RSS, JSON Feed and the story
 * page; the oracle is {@link HostileCopyGenerativeTest}'s.
 *
 * <p>Every build runs the corpus under src/test/resources (regression mode); the build's fuzz
 * execution fuzzes for a minute; {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=HostileCopyFuzzTest}
 * fuzzes on demand, and a failing input is written beside the corpus to replay.
 */
class HostileCopyFuzzTest {
  private final HostileCopyGenerativeTest oracle = new HostileCopyGenerativeTest();

  @FuzzTest(maxDuration = "60s")
  void anyPushIsRefusedOrRendersWellFormed(FuzzedDataProvider data) throws Exception {
    JsonObject ninjs = ninjs(data);
    StoryDraft draft;
    try {
      draft = Intake.pushed(Ninjs.read(ninjs), HostileCopyGenerativeTest.NOW);
    } catch (DomainException refused) {
      assertInstanceOf(InvalidInput.class, refused, refused.getMessage());
      return;
    }
    JsonObject stored = Ninjs.write(draft);
    StoryDraft read =
        Ninjs.read(Json.createReader(new StringReader(stored.toString())).readObject());
    StoryCopy copy = oracle.desk.clean(read, HostileCopyGenerativeTest.NOW);
    oracle.assertCopyIsClean(copy);
    oracle.assertRendersWellFormed(oracle.rendition(copy, 1));
  }

  /** A ninjs object whose fields, and whether each is there, come from the fuzzer. */
  private static JsonObject ninjs(FuzzedDataProvider data) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    json.add("uri", data.consumeBoolean() ? "urn:fuzz:" + data.consumeString(40) : "urn:fuzz:1");
    json.add("language", pick(data, "en", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"));
    for (String field : new String[] {"headline", "summary", "byline", "body_text"}) {
      if (data.consumeBoolean()) {
        json.add(field, data.consumeString(300));
      }
    }
    if (data.consumeBoolean()) {
      json.add("body_html", "<p>" + data.consumeString(400) + "</p>" + data.consumeString(100));
    }
    if (data.consumeBoolean()) {
      json.add(
          "links",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("rel", "canonical")
                      .add(
                          "href",
                          pick(data, "https://a.example/", "javascript:", "data:")
                              + data.consumeString(60))));
    }
    if (data.consumeBoolean()) {
      json.add(
          "versioncreated",
          pick(
              data,
              "2026-11-28T08:00:00Z",
              "0001-01-01T00:00:00Z",
              "9999-12-31T23:59:59Z",
              data.consumeString(30)));
    }
    if (data.consumeBoolean()) {
      JsonArrayBuilder subjects = Json.createArrayBuilder();
      for (int i = data.consumeInt(0, 4); i > 0; i--) {
        subjects.add(
            data.consumeBoolean()
                ? Json.createObjectBuilder().add("name", data.consumeString(40))
                : Json.createObjectBuilder().add("code", data.consumeString(20)));
      }
      json.add("subject", subjects);
    }
    if (data.consumeBoolean()) {
      json.add("pubstatus", pick(data, "usable", "withheld", "canceled", data.consumeString(10)));
    }
    return json.build();
  }

  private static String pick(FuzzedDataProvider data, String... choices) {
    return choices[data.consumeInt(0, choices.length - 1)];
  }
}

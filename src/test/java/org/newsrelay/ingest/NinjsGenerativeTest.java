package org.newsrelay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;

/**
 * Generative, as the project's other generative tests are (seeded, {@code
 * -Dnewsrelay.generative.seed=N} replays from N, {@code -Dnewsrelay.generative.cases=N} runs more,
 * 2000 by default): arbitrary JSON objects, their members drawn from every ninjs version's names
 * and from nowhere, their values of any type and shape. Two properties: {@link Ninjs#read} answers
 * a draft or refuses with an {@link InvalidInput} (the stories API's 400), never anything else; and
 * a draft it answers, written as the inbox keeps it, reads back as the same draft.
 */
class NinjsGenerativeTest {
  static final long SEED = Long.getLong("newsrelay.generative.seed", 20261202L);
  static final int CASES = Integer.getInteger("newsrelay.generative.cases", 2000);

  static final List<String> NAMES;

  static {
    List<String> names = new ArrayList<>(NinjsNames.TOP);
    names.addAll(NinjsMetadata.INTERPRETED);
    names.addAll(
        List.of(
            "versionCreated",
            "firstCreated",
            "pubStatus",
            "copyrightHolder",
            "copyrightNotice",
            "usageTerms",
            "edNote",
            "altIds",
            "rightsInfo",
            "description_text",
            "links",
            "extra",
            "x_custom",
            "",
            "code",
            "name",
            "literal",
            "value",
            "contenttype",
            "contentType",
            "href",
            "width",
            "sizeInBytes"));
    NAMES = List.copyOf(names);
  }

  @Test
  void readAnswersADraftOrRefusesWithInvalidInput() {
    int read = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      JsonObject ninjs = story(new SplittableRandom(seed));
      StoryDraft draft;
      try {
        draft = Ninjs.read(ninjs);
      } catch (InvalidInput refused) {
        continue;
      } catch (RuntimeException | StackOverflowError e) {
        fail("seed " + seed + ": " + e + " for " + ninjs, e);
        return;
      }
      read++;
      try {
        String kept = Ninjs.write(draft).toString();
        assertEquals(
            draft,
            Ninjs.read(Json.createReader(new StringReader(kept)).readObject()),
            "read back from " + kept);
      } catch (RuntimeException | AssertionError e) {
        fail("seed " + seed + ": the inbox's copy of " + ninjs + " reads back otherwise", e);
      }
    }
    // Refusals are most cases (any wrong type refuses the story); enough are read for the second
    // property to say something.
    System.out.println("NinjsGenerativeTest: " + read + " of " + CASES + " read");
    org.junit.jupiter.api.Assertions.assertTrue(read > CASES / 10, read + " of " + CASES + " read");
  }

  /** An object that is a story often enough (a uri and a headline) for the members to be read. */
  static JsonObject story(SplittableRandom random) {
    JsonObjectBuilder json = object(random, 0);
    if (random.nextInt(10) < 8) {
      json.add("uri", "urn:gen:" + random.nextInt(1000));
    }
    if (random.nextInt(10) < 7) {
      json.add("headline", "Headline " + random.nextInt(1000));
    }
    return json.build();
  }

  static JsonObjectBuilder object(SplittableRandom random, int depth) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    for (int n = random.nextInt(depth == 0 ? 12 : 5); n > 0; n--) {
      String name =
          random.nextInt(8) == 0
              ? "m" + random.nextInt(100)
              : NAMES.get(random.nextInt(NAMES.size()));
      object.add(
          name, random.nextBoolean() ? plausible(name, random, depth) : value(random, depth + 1));
    }
    return object;
  }

  /** A value of the type ninjs gives the member, often enough for stories to be read whole. */
  static JsonValue plausible(String name, SplittableRandom random, int depth) {
    if (name.equals("urgency")) {
      return Json.createValue(random.nextInt(1, 10));
    }
    if (List.of(
            "subject",
            "subjects",
            "places",
            "place",
            "genres",
            "genre",
            "associations",
            "renditions",
            "headlines",
            "bodies")
        .contains(name)) {
      JsonArrayBuilder items = Json.createArrayBuilder();
      for (int n = random.nextInt(3); n > 0; n--) {
        JsonObjectBuilder item = Json.createObjectBuilder();
        for (String member :
            List.of("name", "code", "literal", "uri", "value", "contenttype", "href")) {
          if (random.nextBoolean()) {
            item.add(member, text(random));
          }
        }
        if (depth < 3 && random.nextInt(4) == 0) {
          item.add(NAMES.get(random.nextInt(NAMES.size())), value(random, depth + 2));
        }
        items.add(item);
      }
      return items.build();
    }
    if (name.endsWith("created") || name.endsWith("Created") || name.equals("embargoed")) {
      return Json.createValue("2026-12-0" + random.nextInt(1, 10) + "T08:00:00Z");
    }
    if (name.equals("pubstatus") || name.equals("pubStatus")) {
      return Json.createValue(random.nextBoolean() ? "usable" : "withheld");
    }
    return random.nextInt(4) == 0 ? value(random, depth + 1) : Json.createValue(text(random));
  }

  static JsonValue value(SplittableRandom random, int depth) {
    int kind = random.nextInt(depth > 4 ? 6 : 9);
    return switch (kind) {
      case 0 -> JsonValue.NULL;
      case 1 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      case 2 ->
          Json.createValue(
              switch (random.nextInt(5)) {
                case 0 -> new BigDecimal("1e" + random.nextInt(-400, 400));
                case 1 -> BigDecimal.valueOf(random.nextDouble() * 20 - 5);
                default -> BigDecimal.valueOf(random.nextInt(-3, 12));
              });
      case 3, 4 -> Json.createValue(text(random));
      case 5 -> Json.createValue("2026-12-0" + random.nextInt(1, 10) + "T08:00:00Z");
      case 6, 7 -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int n = random.nextInt(4); n > 0; n--) {
          array.add(
              random.nextInt(3) == 0
                  ? value(random, depth + 1)
                  : object(random, depth + 1).build());
        }
        yield array.build();
      }
      default -> object(random, depth).build();
    };
  }

  static String text(SplittableRandom random) {
    String[] pieces = {"", " ", "usable", "withheld", "text/html", "text/plain", "经济", "a", "\n"};
    StringBuilder out = new StringBuilder();
    for (int n = random.nextInt(3); n > 0; n--) {
      out.append(pieces[random.nextInt(pieces.length)]);
    }
    if (random.nextInt(6) == 0) {
      out.appendCodePoint(random.nextInt(0x20, 0x3000));
    }
    return out.toString();
  }
}

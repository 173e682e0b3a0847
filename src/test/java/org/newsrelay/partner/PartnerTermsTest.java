package org.newsrelay.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.story.Language;

class PartnerTermsTest {
  @Test
  void defaultsEveryLanguageNoTopicsAndStandardLimits() {
    PartnerTerms terms = PartnerTerms.of(json("{\"name\": \" Daily \", \"roles\": [\"wire\"]}"));
    assertEquals("Daily", terms.name());
    assertEquals(Language.tags(), terms.languages());
    assertEquals(List.of(), terms.topics());
    assertEquals(PartnerTerms.DEFAULT_READS_PER_MINUTE, terms.readsPerMinute());
  }

  @Test
  void readsEntitlementsAndLimits() {
    PartnerTerms terms =
        PartnerTerms.of(
            json(
                "{\"name\": \"D\", \"roles\": [\"subscriber\", \"wire\", \"wire\"],"
                    + " \"entitlements\": {\"topics\": [\"markets\"], \"languages\": [\"zh-Hant-TW\"]},"
                    + " \"rate_limits\": {\"reads_per_minute\": 5, \"pushes_per_minute\": 7}}"));
    assertEquals(List.of("subscriber", "wire"), terms.roles());
    assertEquals(List.of("markets"), terms.topics());
    assertEquals(List.of("zh-Hant-TW"), terms.languages());
    assertEquals(5, terms.readsPerMinute());
    assertEquals(7, terms.pushesPerMinute());
  }

  @Test
  void refusesWhatMakesNoSense() {
    for (String bad :
        List.of(
            "{\"roles\": [\"wire\"]}",
            "{\"name\": \"D\"}",
            "{\"name\": \"D\", \"roles\": [\"admin\"]}",
            "{\"name\": \"D\", \"roles\": \"wire\"}",
            "{\"name\": \"D\", \"roles\": [\"wire\"], \"entitlements\": {\"languages\": [\"zh\"]}}",
            "{\"name\": \"D\", \"roles\": [\"wire\"], \"entitlements\": {\"topics\": [\"Big News\"]}}",
            "{\"name\": \"D\", \"roles\": [\"wire\"], \"rate_limits\": {\"reads_per_minute\": 1.5}}",
            "{\"name\": \"D\", \"roles\": [\"wire\"], \"rate_limits\": {\"pushes_per_minute\": 0}}")) {
      assertThrows(InvalidInput.class, () -> PartnerTerms.of(json(bad)), bad);
    }
  }

  @Test
  void namesTheFieldOfTheWrongType() {
    for (String[] bad :
        new String[][] {
          {"roles", "{\"name\": \"D\", \"roles\": \"subscriber\"}"},
          {"name", "{\"name\": 5, \"roles\": [\"wire\"]}"},
          {"roles[0]", "{\"name\": \"D\", \"roles\": [true]}"},
          {"roles", "{\"name\": \"D\", \"roles\": [\" \"]}"},
          {"entitlements", "{\"name\": \"D\", \"roles\": [\"wire\"], \"entitlements\": []}"},
          {
            "entitlements.topics[0]",
            "{\"name\": \"D\", \"roles\": [\"wire\"], \"entitlements\": {\"topics\": [1]}}"
          },
          {
            "rate_limits.reads_per_minute",
            "{\"name\": \"D\", \"roles\": [\"wire\"], \"rate_limits\": {\"reads_per_minute\": \"5\"}}"
          },
          {
            "rate_limits.pushes_per_minute",
            "{\"name\": \"D\", \"roles\": [\"wire\"], \"rate_limits\": {\"pushes_per_minute\": 1e12}}"
          },
        }) {
      InvalidInput e =
          assertThrows(InvalidInput.class, () -> PartnerTerms.of(json(bad[1])), bad[1]);
      assertEquals(bad[0], e.extensions().get("field"), e.detail());
    }
  }

  @Test
  void theRequestsConstraintsSayWhatIsWrong() {
    for (String[] bad :
        new String[][] {
          {"name", "A partner needs a \"name\".", "{\"name\": \" \", \"roles\": [\"wire\"]}"},
          {"name", "A partner needs a \"name\".", "{\"roles\": [\"wire\"]}"},
          {
            "name",
            "\"name\" is longer than 200 characters.",
            "{\"name\": \"" + "n".repeat(201) + "\", \"roles\": [\"wire\"]}"
          },
          {
            "contact",
            "\"contact\" is longer than 500 characters.",
            "{\"name\": \"D\", \"contact\": \"" + "c".repeat(501) + "\", \"roles\": [\"wire\"]}"
          },
          {
            "roles",
            "A partner needs \"roles\": \"subscriber\", \"wire\" or both.",
            "{\"name\": \"D\", \"roles\": []}"
          },
          {
            "rate_limits.reads_per_minute",
            "\"rate_limits.reads_per_minute\" must be a whole number from 1 to 1000000.",
            "{\"name\": \"D\", \"roles\": [\"wire\"], \"rate_limits\": {\"reads_per_minute\": 0}}"
          },
          {
            "rate_limits.pushes_per_minute",
            "\"rate_limits.pushes_per_minute\" must be a whole number from 1 to 1000000.",
            "{\"name\": \"D\", \"roles\": [\"wire\"], \"rate_limits\": {\"pushes_per_minute\":"
                + " 1000001}}"
          },
        }) {
      InvalidInput e = assertThrows(InvalidInput.class, () -> json(bad[2]), bad[2]);
      assertEquals(bad[0], e.extensions().get("field"), e.detail());
      assertEquals(bad[1], e.detail());
    }
    // Lengths are of the stripped texts, as they are kept.
    String name = "n".repeat(200);
    assertEquals(
        name,
        PartnerTerms.of(json("{\"name\": \" " + name + " \", \"roles\": [\"wire\"]}")).name());
    assertEquals(
        1_000_000,
        PartnerTerms.of(
                json(
                    "{\"name\": \"D\", \"roles\": [\"wire\"], \"rate_limits\":"
                        + " {\"reads_per_minute\": 1000000}}"))
            .readsPerMinute());
  }

  @Test
  void aKeysLabelIsStrippedAndNotBlank() {
    assertEquals(
        "ci",
        JsonBodies.read(bytes("{\"label\": \" ci \"}"), PartnerResource.KeyRequest.class).label());
    assertEquals(null, JsonBodies.read(bytes("{}"), PartnerResource.KeyRequest.class).label());
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () -> JsonBodies.read(bytes("{\"label\": \" \"}"), PartnerResource.KeyRequest.class));
    assertEquals("label", e.extensions().get("field"));
    assertEquals("\"label\" is blank; leave it out instead.", e.detail());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static PartnerRequest json(String s) {
    return JsonBodies.read(s.getBytes(StandardCharsets.UTF_8), PartnerRequest.class);
  }
}

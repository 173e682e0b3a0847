package org.newsrelay.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.InvalidInput;
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

  private static JsonObject json(String s) {
    return Json.createReader(new StringReader(s)).readObject();
  }
}

package org.newsrelay.topic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;

class RuleMatcherTest {
  private final ScriptFolding folding = new ScriptFolding(TextEngine.standard());

  private RuleMatcher rules(String json) {
    return new RuleMatcher(
        TopicRules.from(Json.createReader(new java.io.StringReader(json)).readValue()), folding);
  }

  private StoryText story(String copy, Language language) {
    return new StoryText(
        UUID.randomUUID(), folding.story(copy, language), null, "push:wire", List.of());
  }

  @Test
  void simplifiedRuleFindsTaiwanWord() {
    RuleMatcher chips = rules("{\"include\": [\"芯片\"]}");
    assertTrue(chips.matches(story("台積電晶片出貨創新高", Language.ZH_HANT_TW)));
    assertTrue(chips.matches(story("台積電晶片出貨創新高", Language.ZH_HANT)));
    assertTrue(chips.matches(story("华为发布新款芯片", Language.ZH_HANS)));
  }

  @Test
  void oneRuleFindsEachRegionsWordForTheSameThing() {
    // The rule, the Taiwan story and the Hong Kong story fold through the same engine call.
    RuleMatcher taxis = rules("{\"include\": [\"計程車\"]}");
    assertTrue(taxis.matches(story("的士司機今起罷駛", Language.ZH_HANT_HK)));
    assertTrue(taxis.matches(story("的士司機今起罷駛", Language.ZH_HANT)));
    assertTrue(taxis.matches(story("计程车司机今起罢驶", Language.ZH_HANS)));
    assertTrue(taxis.matches(story("出租车司机今起罢驶", Language.ZH_HANS)));
    assertFalse(taxis.matches(story("巴士司機今起罷駛", Language.ZH_HANT_HK)));
  }

  @Test
  void traditionalRuleFindsSimplifiedStory() {
    RuleMatcher rule = rules("{\"include\": [\"晶片\"]}");
    assertTrue(rule.matches(story("华为发布新款芯片", Language.ZH_HANS)));
    RuleMatcher economy = rules("{\"include\": [\"經濟\"]}");
    assertTrue(economy.matches(story("中国经济增长放缓", Language.ZH_HANS)));
  }

  @Test
  void chineseKeywordMatchesWholeWordsOnly() {
    RuleMatcher oilPrice = rules("{\"include\": [\"油价\"]}");
    assertTrue(oilPrice.matches(story("国际油价周二上涨", Language.ZH_HANS)));
    // 石油价格 holds the characters 油价 but not the word.
    assertFalse(oilPrice.matches(story("石油价格周二上涨", Language.ZH_HANS)));
  }

  @Test
  void englishPhraseIsCaseAndWidthFolded() {
    RuleMatcher rule = rules("{\"include\": [\"Rate cut\"]}");
    assertTrue(rule.matches(story("The central bank announced a RATE CUT.", Language.EN)));
    assertTrue(rule.matches(story("Ｒａｔｅ ｃｕｔ expected", Language.EN)));
    assertFalse(rule.matches(story("The rate was cut.", Language.EN)));
    assertFalse(rule.matches(story("Accurate cutting", Language.EN)));
  }

  @Test
  void exclusionWins() {
    RuleMatcher rule = rules("{\"include\": [\"芯片\"], \"exclude\": [\"薯片\"]}");
    assertFalse(rule.matches(story("芯片厂商也卖薯片", Language.ZH_HANS)));
  }

  @Test
  void sourcesAndSubjects() {
    UUID source = UUID.randomUUID();
    RuleMatcher rule =
        rules("{\"sources\": [\"" + source + "\"], \"subjects\": [\"medtop:04000000\"]}");
    StoryText economy =
        new StoryText(
            UUID.randomUUID(), List.of(), source, "source:" + source, List.of("subj:04005001"));
    StoryText sport =
        new StoryText(
            UUID.randomUUID(), List.of(), source, "source:" + source, List.of("15000000"));
    assertTrue(rule.matches(economy));
    assertFalse(rule.matches(sport));
  }

  @Test
  void emptyRulesAreRefused() {
    assertThrows(InvalidInput.class, () -> rules("{\"exclude\": [\"芯片\"]}"));
    assertThrows(InvalidInput.class, () -> rules("{\"include\": [\"  \"]}"), "a blank phrase");
    assertThrows(InvalidInput.class, () -> rules("{\"include\": []}"));
  }
}

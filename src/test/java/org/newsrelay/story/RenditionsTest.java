package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one source of a rendition's copy: conversion, the newsroom's terms, an editor's correction.
 */
class RenditionsTest {
  private StoryRendition correction;
  private WireMetadata wire = WireMetadata.NONE;
  private List<NewsroomTerm> ours = List.of();
  private final Renditions renditions =
      new Renditions() {
        @Override
        java.util.Map<UUID, StoryRendition> corrected(List<UUID> ids, Language language) {
          return correction != null && language == Language.ZH_HANT_TW
              ? java.util.Map.of(ids.get(0), correction)
              : java.util.Map.of();
        }

        @Override
        java.util.Map<UUID, WireMetadata> metadata(List<UUID> ids) {
          return java.util.Map.of(ids.get(0), wire);
        }
      };

  {
    renditions.terms =
        new NewsroomTerms() {
          @Override
          List<NewsroomTerm> forTarget(Language target) {
            return ours.stream().filter(t -> t.target() == target).toList();
          }
        };
  }

  static Story story(Language language, String headline, String summary, String body) {
    Story story = new Story(UUID.randomUUID(), "test", "urn:x", null);
    story.revise(
        new StoryCopy(
            language,
            headline,
            summary,
            body,
            null,
            "https://wire.example/1",
            "记者 张伟",
            Instant.parse("2026-11-28T08:00:00Z"),
            List.of("软件"),
            StoryCopy.WireStatus.USABLE,
            null));
    return story;
  }

  @Test
  void everyFieldIsConvertedToTaiwanVocabulary() {
    Story story = story(Language.ZH_HANS, "人工智能软件", "网络安全", "网络\n第二段");
    Renditions.ReaderCopy copy = renditions.forReaders(story, Language.ZH_HANT_TW);
    assertEquals(Rendition.Kind.CONVERTED, copy.rendition().kind());
    assertEquals("人工智慧軟體", copy.rendition().headline());
    assertEquals("網路\n第二段", copy.rendition().bodyText());
    assertEquals("網路安全", copy.summary());
    assertEquals("記者 張偉", copy.byline());
    assertEquals(List.of("軟體"), copy.subjects());
  }

  @Test
  void aTaiwanStoryInZhHantKeepsItsWordsAndQuotesTheTaiwanWay() {
    Story story = new Story(UUID.randomUUID(), "test", "urn:x", null);
    story.revise(
        new StoryCopy(
            Language.ZH_HANT_TW,
            "臺灣晶片產業持續成長",
            "軟體與網路公司",
            "警方說：“嫌犯以隨身碟竊取資料。”",
            "<p>警方說：“嫌犯以<em>隨身碟</em>竊取資料。”</p>",
            "https://wire.example/1",
            "記者 王小明",
            Instant.parse("2026-11-28T08:00:00Z"),
            List.of("軟體"),
            StoryCopy.WireStatus.USABLE,
            null));
    Renditions.ReaderCopy copy = renditions.forReaders(story, Language.ZH_HANT);
    assertEquals("臺灣晶片產業持續成長", copy.rendition().headline());
    assertEquals("軟體與網路公司", copy.summary());
    assertEquals("警方說：「嫌犯以隨身碟竊取資料。」", copy.rendition().bodyText());
    assertEquals("<p>警方說：「嫌犯以<em>隨身碟</em>竊取資料。」</p>", copy.rendition().bodyHtml());
    assertEquals(List.of("軟體"), copy.subjects());
    // and the mainland's marks for the mainland's readers
    assertEquals(
        "警方说：“嫌犯以U盘窃取数据。”", renditions.forReaders(story, Language.ZH_HANS).rendition().bodyText());
  }

  @Test
  void theOriginalVariantIsLeftAsWritten() {
    Story story = story(Language.ZH_HANT_HK, "軟件", "的士", "x");
    Renditions.ReaderCopy copy = renditions.forReaders(story, Language.ZH_HANT_HK);
    assertEquals(Rendition.Kind.ORIGINAL, copy.rendition().kind());
    assertEquals("軟件", copy.rendition().headline());
    assertEquals("的士", copy.summary());
  }

  @Test
  void anEditorsCorrectionIsWhatReadersGet() {
    Story story = story(Language.ZH_HANS, "人工智能软件", null, "网络");
    correction = new StoryRendition(story.id(), Language.ZH_HANT_TW);
    correction.correct(
        new Rendition(Language.ZH_HANT_TW, Rendition.Kind.CORRECTED, "編輯改過的標題", "內文", null),
        "editor",
        null);
    Renditions.ReaderCopy copy = renditions.forReaders(story, Language.ZH_HANT_TW);
    assertEquals(Rendition.Kind.CORRECTED, copy.rendition().kind());
    assertEquals("編輯改過的標題", copy.rendition().headline());
    // Other variants are still converted.
    assertEquals("人工智能軟件", renditions.forReaders(story, Language.ZH_HANT).rendition().headline());
  }

  @Test
  void theNewsroomsTermsApplyToEveryField() {
    Story story = story(Language.ZH_HANS, "特朗普访问", "特朗普说", "特朗普");
    // Conversion alone gives Taiwan's 川普; this newsroom keeps 特朗普.
    assertEquals("川普", renditions.forReaders(story, Language.ZH_HANT_TW).rendition().bodyText());
    ours = List.of(new NewsroomTerm(Language.ZH_HANT_TW, "特朗普", "特朗普", null, "desk"));
    Renditions.ReaderCopy copy = renditions.forReaders(story, Language.ZH_HANT_TW);
    assertEquals("特朗普", copy.rendition().bodyText());
    assertEquals(true, copy.rendition().headline().startsWith("特朗普"), copy.rendition().headline());
    assertEquals(true, copy.summary().startsWith("特朗普"), copy.summary());
  }

  @Test
  void theWiresRightsAndPlacesAreConvertedButNotItsCodes() {
    Story story = story(Language.ZH_HANS, "人工智能软件", null, "网络");
    wire =
        new WireMetadata(
            org.newsrelay.platform.Json.createObjectBuilder()
                .add("copyrightnotice", "版权所有 新华社")
                .add("usageterms", "网络转载须注明来源")
                .add("located", "台湾")
                .add("slugline", "软件")
                .add(
                    "subjects",
                    org.newsrelay.platform.Json.createArrayBuilder()
                        .add(
                            org.newsrelay.platform.Json.createObjectBuilder()
                                .add("name", "软件")
                                .add("code", "软件")))
                .add("extra", org.newsrelay.platform.Json.createObjectBuilder().add("x", "软件"))
                .build());
    WireMetadata shown = renditions.forReaders(story, Language.ZH_HANT_TW).wire();
    assertEquals("版權所有 新華社", shown.rights().notice());
    assertEquals("網路轉載須註明來源", shown.rights().usageTerms());
    assertEquals("臺灣", shown.text("located"));
    assertEquals("軟體", shown.list("subjects").get(0).getString("name"));
    assertEquals("软件", shown.list("subjects").get(0).getString("code"), "a code is not text");
    assertEquals("软件", shown.text("slugline"), "an identifier");
    assertEquals("软件", shown.extra().getString("x"), "passed on as it came");
    assertEquals(wire, renditions.forReaders(story, Language.ZH_HANS).wire(), "as written");
  }
}

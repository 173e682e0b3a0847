package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A correction's note reaches readers in their own variant, like the headline it came with. */
class CorrectionNoteTest {
  private StoryRendition byHand;
  private final Renditions renditions =
      new Renditions() {
        @Override
        Map<UUID, StoryRendition> corrected(List<UUID> ids, Language language) {
          return byHand != null && language == Language.ZH_HANT_TW
              ? Map.of(ids.get(0), byHand)
              : Map.of();
        }

        @Override
        Map<UUID, WireMetadata> metadata(List<UUID> ids) {
          return Map.of();
        }
      };

  {
    renditions.terms =
        new NewsroomTerms() {
          @Override
          List<NewsroomTerm> forTarget(Language target) {
            return List.of();
          }
        };
  }

  @Test
  void theNoteOfACorrectionOfTheOriginalIsConvertedForEveryVariant() {
    Story story = RenditionsTest.story(Language.ZH_HANS, "人工智能软件", null, "网络");
    story.correct("人工智能软件上市", "网络", null, "标题中的软件名称有误");
    assertEquals("标题中的软件名称有误", renditions.forReaders(story, Language.ZH_HANS).correction());
    assertEquals("標題中的軟體名稱有誤", renditions.forReaders(story, Language.ZH_HANT_TW).correction());
    assertEquals("標題中的軟件名稱有誤", renditions.forReaders(story, Language.ZH_HANT_HK).correction());
  }

  @Test
  void aVariantCorrectedByHandShowsItsOwnNote() {
    Story story = RenditionsTest.story(Language.ZH_HANS, "人工智能软件", null, "网络");
    story.correct("人工智能软件上市", "网络", null, "标题有误");
    byHand = new StoryRendition(story.id(), Language.ZH_HANT_TW);
    byHand.correct(
        new Rendition(Language.ZH_HANT_TW, Rendition.Kind.CORRECTED, "編輯改過的標題", "內文", null),
        "editor",
        "臺灣版的用詞已更正");
    assertEquals("臺灣版的用詞已更正", renditions.forReaders(story, Language.ZH_HANT_TW).correction());
    assertEquals("標題有誤", renditions.forReaders(story, Language.ZH_HANT).correction());
  }

  @Test
  void anEnglishNoteIsShownAsWrittenAndANewWireVersionEndsIt() {
    Story story = RenditionsTest.story(Language.EN, "Harbour reopens", null, "The harbour.");
    story.correct("Harbour reopens on Tuesday", "The harbour.", null, "The day was wrong.");
    assertEquals("The day was wrong.", renditions.forReaders(story, Language.EN).correction());
    story.revise(
        new StoryCopy(
            Language.EN,
            "Harbour reopens, officials say",
            null,
            "The harbour.",
            null,
            null,
            null,
            story.versionCreated().plusSeconds(60),
            List.of(),
            StoryCopy.WireStatus.USABLE,
            null));
    assertNull(renditions.forReaders(story, Language.EN).correction());
  }
}

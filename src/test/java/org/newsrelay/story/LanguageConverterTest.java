package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/**
 * Languages are stored as the tags the migrations wrote: a story's language, a kept version's
 * rendition, a newsroom term's target variant.
 */
class LanguageConverterTest {
  private final LanguageConverter converter = new LanguageConverter();

  @Test
  void everyLanguageIsStoredAsItsTagAndReadBack() {
    for (Language language : Language.values()) {
      String stored = converter.convertToDatabaseColumn(language);
      assertEquals(language.tag(), stored);
      assertEquals(language, converter.convertToEntityAttribute(stored));
    }
    assertEquals("zh-Hant-TW", converter.convertToDatabaseColumn(Language.ZH_HANT_TW));
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }

  @Test
  void aValueNoLanguageHasIsRefusedByName() {
    var refused =
        assertThrows(
            IllegalArgumentException.class, () -> converter.convertToEntityAttribute("zh-TW"));
    assertTrue(refused.getMessage().contains("\"zh-TW\""), refused.getMessage());
    assertTrue(refused.getMessage().contains("zh-Hant-TW"), "says which it knows");
    // Tags are exact, as stored: no case folding, no BCP 47 mapping of what a wire declares.
    assertThrows(IllegalArgumentException.class, () -> converter.convertToEntityAttribute("EN"));
  }

  /** The columns hold languages, so the auto-applied converter stores them as tags. */
  @Test
  void renditionsAndTermTargetsAreLanguages() throws NoSuchFieldException {
    for (Field field :
        new Field[] {
          StoryVersion.class.getDeclaredField("rendition"),
          NewsroomTerm.class.getDeclaredField("target")
        }) {
      assertEquals(Language.class, field.getType(), field.toString());
      assertTrue(!field.getAnnotation(Column.class).nullable(), field.toString());
    }
  }
}

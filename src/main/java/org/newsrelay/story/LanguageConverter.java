package org.newsrelay.story;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A language is stored as its BCP 47 tag ({@code zh-Hant-TW}), as feeds and the API spell it: a
 * story's language, a kept version's rendition, a newsroom term's target variant.
 */
@Converter(autoApply = true)
public class LanguageConverter implements AttributeConverter<Language, String> {
  @Override
  public String convertToDatabaseColumn(Language language) {
    return language == null ? null : language.tag();
  }

  @Override
  public Language convertToEntityAttribute(String tag) {
    return tag == null
        ? null
        : Language.ofExactTag(tag)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The database holds \""
                            + tag
                            + "\", which is not a language newsrelay publishes ("
                            + String.join(", ", Language.tags())
                            + ")."));
  }
}

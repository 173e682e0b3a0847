package org.newsrelay.story;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A story's status is stored as its word ({@code published}), as the migrations wrote it. */
@Converter(autoApply = true)
public class StoryStatusConverter implements AttributeConverter<StoryStatus, String> {
  @Override
  public String convertToDatabaseColumn(StoryStatus status) {
    return status == null ? null : status.value();
  }

  @Override
  public StoryStatus convertToEntityAttribute(String value) {
    return value == null ? null : StoryStatus.of(value);
  }
}

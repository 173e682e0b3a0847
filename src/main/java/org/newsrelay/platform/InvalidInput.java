package org.newsrelay.platform;

import java.util.Map;

/** The caller sent something the domain cannot take: a missing or malformed field, a bad tag. */
public final class InvalidInput extends DomainException {

  public InvalidInput(String detail) {
    this("Bad request", detail, Map.of());
  }

  public InvalidInput(String title, String detail, Map<String, Object> extensions) {
    super(title, detail, extensions);
  }

  /** Names the field, so a client's software can tell which of its fields to fix. */
  public static InvalidInput field(String field, String detail) {
    return new InvalidInput("Bad request", detail, Map.of("field", field));
  }
}

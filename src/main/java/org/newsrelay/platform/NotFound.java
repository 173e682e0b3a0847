package org.newsrelay.platform;

import java.util.Map;

/** There is no such thing, or the caller may not know that there is. */
public final class NotFound extends DomainException {

  public NotFound(String detail) {
    this(detail, Map.of());
  }

  public NotFound(String detail, Map<String, Object> extensions) {
    super("Not found", detail, extensions);
  }
}

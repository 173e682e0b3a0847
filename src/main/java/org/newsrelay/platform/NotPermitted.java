package org.newsrelay.platform;

import java.util.Map;

/** The caller is known, and this is not theirs to do or to see. */
public final class NotPermitted extends DomainException {

  public NotPermitted(String detail) {
    super("Forbidden", detail, Map.of());
  }
}

package org.newsrelay.platform;

import java.util.Map;

/** The caller sent more than the domain takes in one piece. */
public final class TooLarge extends DomainException {

  public TooLarge(String detail) {
    super("Content too large", detail, Map.of());
  }
}

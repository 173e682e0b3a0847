package org.newsrelay.platform;

import java.util.Map;

/** It was there and was withdrawn on purpose: a killed story, an ended subscription. */
public final class Gone extends DomainException {

  public Gone(String detail) {
    super("Gone", detail, Map.of());
  }
}

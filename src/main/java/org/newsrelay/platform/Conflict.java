package org.newsrelay.platform;

import java.util.Map;

/** The request is well formed but clashes with what is stored: a duplicate, a killed story. */
public final class Conflict extends DomainException {

  public Conflict(String detail) {
    super("Conflict", detail, Map.of());
  }
}

package org.newsrelay.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Installation settings: a system property (newsrelay.admin.password) wins over the environment
 * variable of the same name (NEWSRELAY_ADMIN_PASSWORD), so tests can set either.
 */
public final class Settings {
  private Settings() {}

  public static Optional<String> get(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}

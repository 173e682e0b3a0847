package org.newsrelay.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Reads the settings at deployment, so that a malformed one stops it with the setting named in the
 * log, before the first request or timer would meet it.
 */
@Singleton
@Startup
public class SettingsCheck {
  @PostConstruct
  void check() {
    Settings.current();
  }
}

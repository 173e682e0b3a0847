package org.newsrelay.platform;

import jakarta.enterprise.inject.spi.CDI;
import java.nio.charset.StandardCharsets;

/**
 * A signing key: the setting when an operator gives one (the same on every node), else a random key
 * this installation generated on its first start and keeps in the database ({@link Installation}),
 * so that no two installations share a key and no key is published in the code.
 */
public final class InstallationKey {
  /** The feed's paging cursor key: loaded at startup, so the feed fast lane never needs CDI. */
  public static final String FEED_CURSOR = "feed.cursor.key";

  // Loaded by Installation at startup, where CDI and transactions are at hand; Undertow's threads
  // (the feed fast lane) have neither.
  private static final java.util.concurrent.ConcurrentHashMap<String, byte[]> LOADED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final String name;
  private final String setting;
  private volatile byte[] bytes;

  private InstallationKey(String name, String setting) {
    this.name = name;
    this.setting = setting;
  }

  /**
   * @param name what the generated key is kept as
   * @param setting the setting that overrides it, such as newsrelay.feed.cursor.key
   */
  public static InstallationKey named(String name, String setting) {
    return new InstallationKey(name, setting);
  }

  static void loaded(String name, byte[] secret) {
    LOADED.put(name, secret);
  }

  /** The key; the first call may read (or create) it in the database, later ones do not. */
  public byte[] bytes() {
    byte[] known = bytes;
    if (known == null) {
      known =
          Settings.get(setting)
              .map(value -> value.getBytes(StandardCharsets.UTF_8))
              .orElseGet(
                  () ->
                      LOADED.computeIfAbsent(
                          name, n -> CDI.current().select(Installation.class).get().secret(n)));
      bytes = known;
    }
    return known;
  }
}

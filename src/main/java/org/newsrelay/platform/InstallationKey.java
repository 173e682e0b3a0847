package org.newsrelay.platform;

import jakarta.enterprise.inject.spi.CDI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

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
  private final Supplier<Optional<String>> configured;
  private volatile byte[] bytes;

  private InstallationKey(String name, Supplier<Optional<String>> configured) {
    this.name = name;
    this.configured = configured;
  }

  /** The feed's paging cursor key: {@link Setting#FEED_CURSOR_KEY}, else the generated one. */
  public static InstallationKey feedCursor() {
    return new InstallationKey(FEED_CURSOR, () -> Settings.current().feedCursorKey());
  }

  static void loaded(String name, byte[] secret) {
    LOADED.put(name, secret);
  }

  /** The key; the first call may read (or create) it in the database, later ones do not. */
  public byte[] bytes() {
    byte[] known = bytes;
    if (known == null) {
      known =
          configured
              .get()
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

package org.newsrelay.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials verified in the last few minutes, keyed by an HMAC under a key that lives only in
 * this process, so the cache never holds a password or anything that could be tested offline.
 */
final class RecentLogins {
  private static final Duration TTL = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(Set<String> roles, long expiresAtNanos) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;

  RecentLogins() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  String keyFor(String username, char[] password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  Set<String> rolesFor(String key) {
    Entry entry = entries.get(key);
    if (entry == null || entry.expiresAtNanos() - System.nanoTime() < 0) {
      return null;
    }
    return entry.roles();
  }

  void forgetAll() {
    entries.clear();
  }

  void remember(String key, Set<String> roles) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(roles, System.nanoTime() + TTL.toNanos()));
  }
}

package org.newsrelay.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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
  private final ConcurrentHashMap<String, CompletableFuture<Set<String>>> verifying =
      new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
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

  /**
   * The roles of a login verified in the last few minutes; otherwise verifies it (null: refused).
   * Concurrent requests with the same credentials wait for one verification rather than each paying
   * for a slow hash: a wire's connections all arrive at once when its entry expires.
   */
  Set<String> rolesFor(String key, Supplier<Set<String>> verify) {
    Set<String> known = rolesFor(key);
    if (known != null) {
      return known;
    }
    CompletableFuture<Set<String>> mine = new CompletableFuture<>();
    CompletableFuture<Set<String>> running = verifying.putIfAbsent(key, mine);
    if (running != null) {
      return running.join();
    }
    long seen = generation.get();
    try {
      Set<String> roles = verify.get();
      // A password or role changed while verifying: answer this request, remember nothing.
      if (roles != null && generation.get() == seen) {
        remember(key, roles);
      }
      mine.complete(roles);
      return roles;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      verifying.remove(key, mine);
    }
  }

  private Set<String> rolesFor(String key) {
    Entry entry = entries.get(key);
    if (entry == null || entry.expiresAtNanos() - System.nanoTime() < 0) {
      return null;
    }
    return entry.roles();
  }

  void forgetAll() {
    generation.incrementAndGet();
    entries.clear();
  }

  private void remember(String key, Set<String> roles) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(roles, System.nanoTime() + TTL.toNanos()));
  }
}

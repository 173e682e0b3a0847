package org.newsrelay.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials verified in the last few minutes, keyed by an HMAC under a key that lives only in
 * this process, so the cache never holds a password or anything that could be tested offline. The
 * key includes the client's address: a login remembered for a wire's address is no cheap oracle for
 * a guesser elsewhere, and it lets the wire in while a guesser has its account locked. Each entry
 * keeps the password hash it was verified against, which the caller compares with the account's
 * current one: a password changed on another node of a cluster ends the entry there too.
 */
final class RecentLogins {
  private static final Duration TTL = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(String passwordHash, long expiresAtNanos) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, CompletableFuture<?>> verifying =
      new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final SecretKeySpec key;

  RecentLogins() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  String keyFor(String username, char[] password, String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** The password hash a login was verified against in the last few minutes, or null. */
  String remembered(String key) {
    Entry entry = entries.get(key);
    if (entry == null || entry.expiresAtNanos() - System.nanoTime() < 0) {
      return null;
    }
    return entry.passwordHash();
  }

  /**
   * Verifies a login that is not remembered, once for all the concurrent requests that carry it: a
   * wire's connections all arrive at once when its entry expires, and each would otherwise pay for
   * a slow hash (and count against the sign-in throttle).
   *
   * @param hashOf the password hash a verdict proves the password matches, or null: remembered
   */
  @SuppressWarnings("unchecked")
  <V> V verifyOnce(String key, Supplier<V> verify, Function<V, String> hashOf) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = (CompletableFuture<V>) verifying.putIfAbsent(key, mine);
    if (running != null) {
      return running.join();
    }
    long seen = generation.get();
    try {
      V verdict = verify.get();
      String hash = hashOf.apply(verdict);
      // A password or role changed while verifying: answer this request, remember nothing.
      if (hash != null && generation.get() == seen) {
        remember(key, hash);
      }
      mine.complete(verdict);
      return verdict;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      verifying.remove(key, mine);
    }
  }

  void forgetAll() {
    generation.incrementAndGet();
    entries.clear();
  }

  private void remember(String key, String passwordHash) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(passwordHash, System.nanoTime() + TTL.toNanos()));
  }
}

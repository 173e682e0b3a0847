package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RecentLoginsTest {
  private static final String HASH = "PBKDF2WithHmacSHA256:210000:salt:hash";

  private final RecentLogins logins = new RecentLogins();
  private final AtomicInteger verifications = new AtomicInteger();

  /** What the identity store does: the remembered hash, else one verification. */
  private String login(String key, Supplier<String> verify) {
    String remembered = logins.remembered(key);
    return remembered != null ? remembered : logins.verifyOnce(key, verify, hash -> hash);
  }

  @Test
  void aWiresConnectionsArrivingTogetherVerifyItsPasswordOnce() throws Exception {
    String key = logins.keyFor("wire", "secret".toCharArray(), "192.0.2.1");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService connections = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> answers = new ArrayList<>();
      answers.add(
          connections.submit(
              () ->
                  login(
                      key,
                      () -> {
                        verifications.incrementAndGet();
                        inside.countDown();
                        await(release);
                        return HASH;
                      })));
      inside.await();
      // The first verification is still running: every other connection waits for it.
      for (int i = 0; i < 15; i++) {
        answers.add(connections.submit(() -> login(key, this::verify)));
      }
      release.countDown();
      for (Future<String> answer : answers) {
        assertEquals(HASH, answer.get());
      }
      assertEquals(1, verifications.get());
    } finally {
      connections.shutdownNow();
    }
  }

  @Test
  void aRefusedPasswordIsNotRemembered() {
    String key = logins.keyFor("wire", "wrong".toCharArray(), "192.0.2.1");
    assertNull(login(key, () -> count(null)));
    assertNull(login(key, () -> count(null)));
    assertEquals(2, verifications.get());
  }

  @Test
  void forgettingMakesTheNextRequestVerifyAgain() {
    String key = logins.keyFor("wire", "secret".toCharArray(), "192.0.2.1");
    login(key, this::verify);
    login(key, this::verify);
    assertEquals(1, verifications.get());
    logins.forgetAll();
    login(key, this::verify);
    assertEquals(2, verifications.get());
  }

  @Test
  void aPasswordChangedDuringVerificationIsNotRemembered() {
    String key = logins.keyFor("wire", "secret".toCharArray(), "192.0.2.1");
    login(
        key,
        () -> {
          logins.forgetAll();
          return count(HASH);
        });
    login(key, this::verify);
    assertEquals(2, verifications.get());
  }

  @Test
  void theHashALoginWasVerifiedAgainstIsRemembered() {
    // The caller compares it with the account's current hash: another node's change counts too.
    String key = logins.keyFor("wire", "secret".toCharArray(), "192.0.2.1");
    login(key, this::verify);
    assertEquals(HASH, logins.remembered(key));
  }

  @Test
  void keysDependOnThePasswordTheNameAndTheAddress() {
    String key = logins.keyFor("wire", "secret".toCharArray(), "192.0.2.1");
    assertNotEquals(key, logins.keyFor("wire", "other".toCharArray(), "192.0.2.1"));
    assertNotEquals(key, logins.keyFor("desk", "secret".toCharArray(), "192.0.2.1"));
    assertNotEquals(key, logins.keyFor("wire", "secret".toCharArray(), "192.0.2.2"));
  }

  private String verify() {
    return count(HASH);
  }

  private String count(String hash) {
    verifications.incrementAndGet();
    return hash;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentLoginsTest {
  private final RecentLogins logins = new RecentLogins();
  private final AtomicInteger verifications = new AtomicInteger();

  @Test
  void aWiresConnectionsArrivingTogetherVerifyItsPasswordOnce() throws Exception {
    String key = logins.keyFor("wire", "secret".toCharArray());
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService connections = Executors.newFixedThreadPool(16);
    try {
      List<Future<Set<String>>> answers = new ArrayList<>();
      answers.add(
          connections.submit(
              () ->
                  logins.rolesFor(
                      key,
                      () -> {
                        verifications.incrementAndGet();
                        inside.countDown();
                        await(release);
                        return Set.of("wire");
                      })));
      inside.await();
      // The first verification is still running: every other connection waits for it.
      for (int i = 0; i < 15; i++) {
        answers.add(connections.submit(() -> logins.rolesFor(key, this::verify)));
      }
      release.countDown();
      for (Future<Set<String>> answer : answers) {
        assertEquals(Set.of("wire"), answer.get());
      }
      assertEquals(1, verifications.get());
    } finally {
      connections.shutdownNow();
    }
  }

  @Test
  void aRefusedPasswordIsNotRemembered() {
    String key = logins.keyFor("wire", "wrong".toCharArray());
    assertNull(logins.rolesFor(key, () -> count(null)));
    assertNull(logins.rolesFor(key, () -> count(null)));
    assertEquals(2, verifications.get());
  }

  @Test
  void forgettingMakesTheNextRequestVerifyAgain() {
    String key = logins.keyFor("wire", "secret".toCharArray());
    logins.rolesFor(key, this::verify);
    logins.rolesFor(key, this::verify);
    assertEquals(1, verifications.get());
    logins.forgetAll();
    logins.rolesFor(key, this::verify);
    assertEquals(2, verifications.get());
  }

  @Test
  void aPasswordChangedDuringVerificationIsNotRemembered() {
    String key = logins.keyFor("wire", "secret".toCharArray());
    logins.rolesFor(
        key,
        () -> {
          logins.forgetAll();
          return count(Set.of("wire"));
        });
    logins.rolesFor(key, this::verify);
    assertEquals(2, verifications.get());
  }

  @Test
  void keysDependOnThePasswordAndTheName() {
    assertNotEquals(
        logins.keyFor("wire", "secret".toCharArray()),
        logins.keyFor("wire", "other".toCharArray()));
    assertNotEquals(
        logins.keyFor("wire", "secret".toCharArray()),
        logins.keyFor("desk", "secret".toCharArray()));
  }

  private Set<String> verify() {
    return count(Set.of("wire"));
  }

  private Set<String> count(Set<String> roles) {
    verifications.incrementAndGet();
    return roles;
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

package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private static final SignInThrottle.Limits ACCOUNT =
      new SignInThrottle.Limits(
          5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));
  private static final SignInThrottle.Limits ADDRESS =
      new SignInThrottle.Limits(
          30, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final SignInThrottle throttle = new SignInThrottle(ACCOUNT, ADDRESS, 100, now::get);

  private SignInThrottle.Admission fail(String user, String address) {
    SignInThrottle.Admission admission = throttle.admit(user, address);
    if (admission instanceof SignInThrottle.Admitted attempt) {
      attempt.failed();
    }
    return admission;
  }

  private Duration refusedFor(SignInThrottle.Admission admission) {
    return assertInstanceOf(SignInThrottle.Refused.class, admission).retryAfter();
  }

  private void pass(Duration time) {
    now.addAndGet(time.toNanos());
  }

  @Test
  void aFewWrongPasswordsAreFreeThenEachLocksTwiceAsLong() {
    for (int i = 0; i < 5; i++) {
      assertInstanceOf(SignInThrottle.Admitted.class, fail("desk", "192.0.2.1"));
    }
    assertEquals(Duration.ofSeconds(1), refusedFor(throttle.admit("desk", "192.0.2.1")));
    pass(Duration.ofSeconds(1));
    assertInstanceOf(SignInThrottle.Admitted.class, fail("desk", "192.0.2.1"));
    assertEquals(Duration.ofSeconds(2), refusedFor(throttle.admit("desk", "192.0.2.1")));
    pass(Duration.ofSeconds(2));
    fail("desk", "192.0.2.1");
    assertEquals(Duration.ofSeconds(4), refusedFor(throttle.admit("desk", "192.0.2.1")));
  }

  @Test
  void theLockIsCapped() {
    for (int i = 0; i < 40; i++) {
      fail("desk", "192.0.2." + i);
      pass(Duration.ofMinutes(15));
    }
    fail("desk", "198.51.100.1");
    assertEquals(Duration.ofMinutes(15), refusedFor(throttle.admit("desk", "198.51.100.2")));
  }

  @Test
  void aLockedAccountRefusesTheRightPasswordToo() {
    for (int i = 0; i < 5; i++) {
      fail("desk", "192.0.2.1");
    }
    // Whatever the password, the answer is the same 429: the lock tells a guesser nothing.
    refusedFor(throttle.admit("desk", "203.0.113.7"));
  }

  @Test
  void unknownAndKnownNamesAreCountedAlike() {
    for (int i = 0; i < 5; i++) {
      fail("no-such-user", "192.0.2.1");
      fail("desk", "192.0.2.2");
    }
    assertEquals(
        refusedFor(throttle.admit("no-such-user", "192.0.2.3")),
        refusedFor(throttle.admit("desk", "192.0.2.3")));
    assertEquals(
        refusedFor(throttle.admit("No-Such-User", "192.0.2.3")),
        refusedFor(throttle.admit("DESK", "192.0.2.3")));
  }

  @Test
  void aBurstSentAtOnceGetsNoMoreChecksThanOneSentSlowly() {
    List<SignInThrottle.Admitted> checking = new ArrayList<>();
    int refused = 0;
    for (int i = 0; i < 40; i++) {
      if (throttle.admit("desk", "192.0.2.1") instanceof SignInThrottle.Admitted attempt) {
        checking.add(attempt);
      } else {
        refused++;
      }
    }
    assertEquals(5, checking.size());
    assertEquals(35, refused);
    checking.forEach(SignInThrottle.Admitted::failed);
    refusedFor(throttle.admit("desk", "192.0.2.1"));
  }

  @Test
  void theRightPasswordForgivesTheAccountButNotTheAddress() {
    for (int i = 0; i < 4; i++) {
      fail("desk", "192.0.2.1");
    }
    ((SignInThrottle.Admitted) throttle.admit("desk", "192.0.2.1")).succeeded();
    for (int i = 0; i < 4; i++) {
      assertInstanceOf(SignInThrottle.Admitted.class, fail("desk", "192.0.2.1"));
    }
  }

  @Test
  void oneAddressTryingManyNamesIsLockedToo() {
    for (int i = 0; i < 30; i++) {
      assertInstanceOf(SignInThrottle.Admitted.class, fail("user" + i, "192.0.2.1"));
    }
    assertEquals(Duration.ofSeconds(1), refusedFor(throttle.admit("someone-else", "192.0.2.1")));
    assertInstanceOf(SignInThrottle.Admitted.class, throttle.admit("someone-else", "192.0.2.9"));
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64() {
    assertEquals(
        SignInThrottle.addressKey("2001:db8:1:2::1"),
        SignInThrottle.addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    assertNotEquals(
        SignInThrottle.addressKey("2001:db8:1:2::1"), SignInThrottle.addressKey("2001:db8:1:3::1"));
    assertNotEquals(SignInThrottle.addressKey("192.0.2.1"), SignInThrottle.addressKey("192.0.2.2"));
    // Never a name to look up.
    assertEquals("?", SignInThrottle.addressKey("attacker.example"));
  }

  @Test
  void quietTimeForgetsFailures() {
    for (int i = 0; i < 5; i++) {
      fail("desk", "192.0.2.1");
    }
    pass(Duration.ofHours(2));
    for (int i = 0; i < 4; i++) {
      assertInstanceOf(SignInThrottle.Admitted.class, fail("desk", "192.0.2.1"));
    }
  }

  @Test
  void memoryStaysBoundedWhateverIsSent() {
    for (int i = 0; i < 10_000; i++) {
      fail("user" + i, "10." + (i / 65536) + "." + (i / 256 % 256) + "." + (i % 256));
    }
    assertTrue(throttle.trackedAccounts() <= 100, "accounts: " + throttle.trackedAccounts());
    assertTrue(throttle.trackedAddresses() <= 100, "addresses: " + throttle.trackedAddresses());
  }
}

package org.newsrelay.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyCacheTest {
  private static final long MINUTE = 60_000_000_000L;
  private final UUID partner = UUID.randomUUID();
  private final PartnerCaller caller =
      new PartnerCaller(
          UUID.randomUUID(), partner, "A", Set.of("wire"), Set.of(), Set.of("en"), 60, 60);

  @Test
  void aKeyIsLookedUpOnceWhileCached() {
    KeyCache cache = new KeyCache(MINUTE, 100);
    AtomicInteger loads = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      cache.get(
          "h",
          h -> {
            loads.incrementAndGet();
            return Optional.of(caller);
          });
    }
    assertEquals(1, loads.get());
  }

  @Test
  void revokingForgetsTheKeyAtOnce() {
    KeyCache cache = new KeyCache(MINUTE, 100);
    cache.get("h", h -> Optional.of(caller));
    cache.invalidateHash("h");
    assertTrue(cache.get("h", h -> Optional.empty()).isEmpty());
  }

  @Test
  void changingAPartnerForgetsAllItsKeys() {
    KeyCache cache = new KeyCache(MINUTE, 100);
    cache.get("h1", h -> Optional.of(caller));
    cache.get("h2", h -> Optional.of(caller));
    cache.invalidatePartner(partner);
    AtomicInteger loads = new AtomicInteger();
    cache.get(
        "h1",
        h -> {
          loads.incrementAndGet();
          return Optional.empty();
        });
    cache.get(
        "h2",
        h -> {
          loads.incrementAndGet();
          return Optional.empty();
        });
    assertEquals(2, loads.get());
  }

  @Test
  void anAnswerReadBeforeARevocationIsNotKept() {
    KeyCache cache = new KeyCache(MINUTE, 100);
    // The revocation commits while the lookup is reading the old row.
    Optional<PartnerCaller> stale =
        cache.get(
            "h",
            h -> {
              cache.invalidateHash("h");
              return Optional.of(caller);
            });
    assertTrue(stale.isPresent(), "this one request raced the revocation");
    assertTrue(cache.get("h", h -> Optional.empty()).isEmpty(), "the next one does not");
  }

  @Test
  void entriesExpire() {
    KeyCache cache = new KeyCache(0, 100);
    AtomicInteger loads = new AtomicInteger();
    cache.get(
        "h",
        h -> {
          loads.incrementAndGet();
          return Optional.of(caller);
        });
    cache.get(
        "h",
        h -> {
          loads.incrementAndGet();
          return Optional.of(caller);
        });
    assertEquals(2, loads.get());
  }

  /**
   * Another node's change arrives as a new token: what was read under the old one is read again.
   */
  @Test
  void aNewTokenFromAnotherNodeMakesEveryEntryBeReadAgain() {
    java.util.concurrent.atomic.AtomicReference<Object> token =
        new java.util.concurrent.atomic.AtomicReference<>("t0");
    KeyCache cache = new KeyCache(MINUTE, 100, token::get);
    AtomicInteger loads = new AtomicInteger();
    java.util.function.Function<String, Optional<PartnerCaller>> load =
        h -> {
          loads.incrementAndGet();
          return loads.get() == 1 ? Optional.of(caller) : Optional.empty();
        };
    assertTrue(cache.get("h", load).isPresent());
    assertTrue(cache.get("h", load).isPresent(), "cached under the same token");
    assertEquals(1, loads.get());
    token.set("t1");
    assertTrue(cache.get("h", load).isEmpty(), "revoked elsewhere: read again");
    assertEquals(2, loads.get());
  }
}

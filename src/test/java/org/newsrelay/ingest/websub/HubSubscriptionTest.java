package org.newsrelay.ingest.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsrelay.ingest.websub.HubSubscription.State;

/** A subscription's life: requested, verified (with a lease to renew), refused, retargeted. */
class HubSubscriptionTest {
  private final Instant now = Instant.parse("2026-11-28T12:00:00Z");

  private HubSubscription requested() {
    HubSubscription sub =
        new HubSubscription(UUID.randomUUID(), "https://hub.example/", "https://wire.example/f");
    sub.requesting(now, HubSubscriptions.VERIFY_WITHIN);
    return sub;
  }

  @Test
  void aVerifiedLeaseIsRenewedWhenThreeQuartersHaveGone() {
    HubSubscription sub = requested();
    assertFalse(sub.active(now), "not before the hub verified");
    sub.verified(now, 4000);
    assertTrue(sub.active(now));
    assertEquals(now.plusSeconds(4000), sub.expiresAt());
    assertEquals(now.plusSeconds(3000), sub.nextRequestAt());
    assertFalse(sub.active(now.plusSeconds(4000)), "lapsed at the lease's end");
  }

  @Test
  void aFailedRenewalKeepsTheLeaseItHas() {
    HubSubscription sub = requested();
    sub.verified(now, 4000);
    Instant later = now.plusSeconds(3000);
    sub.requesting(later, HubSubscriptions.VERIFY_WITHIN);
    sub.requestFailed(later, "The hub answered HTTP 503", HubSubscriptions.RETRY_AFTER_FAILURE);
    assertTrue(sub.active(later), "still pushed to until the lease ends");
    assertEquals("The hub answered HTTP 503", sub.lastError());
    assertEquals(later.plus(HubSubscriptions.RETRY_AFTER_FAILURE), sub.nextRequestAt());
  }

  @Test
  void aFailedFirstRequestIsRetriedLater() {
    HubSubscription sub = requested();
    sub.requestFailed(now, "The hub could not be reached", Duration.ofHours(1));
    assertEquals(State.FAILED, sub.state());
    assertEquals(now.plus(Duration.ofHours(1)), sub.nextRequestAt());
  }

  @Test
  void aDenialIsKeptWithTheHubsReason() {
    HubSubscription sub = requested();
    sub.verified(now, 4000);
    sub.denied(now, "topic not served");
    assertEquals(State.DENIED, sub.state());
    assertEquals("topic not served", sub.stateReason());
    assertFalse(sub.active(now));
    assertTrue(sub.lastError().contains("topic not served"));
  }

  @Test
  void anotherHubOrTopicGetsANewCallbackAndSecret() {
    HubSubscription sub = requested();
    sub.verified(now, 4000);
    String token = sub.callbackToken();
    String secret = sub.secret();
    sub.retarget("https://other-hub.example/", "https://wire.example/f");
    assertNotEquals(token, sub.callbackToken());
    assertNotEquals(secret, sub.secret());
    assertEquals(State.REQUESTED, sub.state());
    assertNull(sub.expiresAt());
    assertEquals(48, sub.callbackToken().length());
  }
}

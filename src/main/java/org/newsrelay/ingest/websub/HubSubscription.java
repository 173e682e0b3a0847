package org.newsrelay.ingest.websub;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Our subscription to the hub a polled feed advertises. The callback token and the secret are
 * random per subscription: the token keeps the callback unguessable, the secret signs the pushes.
 */
@Entity
@Table(name = "source_websub")
public class HubSubscription {
  /** Where a subscription stands; only {@link #ACTIVE} takes pushes. */
  public enum State {
    /** The feed has a hub, but we cannot subscribe (why is in the reason). */
    UNAVAILABLE,
    /** The subscribe request is sent; the hub has not verified it yet. */
    REQUESTED,
    /** Verified; pushes are taken until the lease expires. */
    ACTIVE,
    /** The hub refused (its reason is kept). */
    DENIED,
    /** The hub could not be reached or answered with an error. */
    FAILED,
    /** The source is gone; we asked the hub to stop and wait for it to confirm. */
    UNSUBSCRIBING
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private UUID id;

  @Column(name = "source_id", nullable = false)
  private UUID sourceId;

  @Column(nullable = false)
  private String hub;

  @Column(nullable = false)
  private String topic;

  @Column(name = "callback_token", nullable = false)
  private String callbackToken;

  @Column(nullable = false)
  private String secret;

  @Column(nullable = false)
  private String state;

  @Column(name = "state_reason")
  private String stateReason;

  @Column(name = "lease_seconds")
  private Integer leaseSeconds;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "next_request_at")
  private Instant nextRequestAt;

  @Column(name = "last_push_at")
  private Instant lastPushAt;

  @Column(nullable = false)
  private long pushes;

  @Column(name = "last_error_at")
  private Instant lastErrorAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected HubSubscription() {}

  HubSubscription(UUID sourceId, String hub, String topic) {
    this.id = UUID.randomUUID();
    this.sourceId = sourceId;
    this.createdAt = Instant.now();
    retarget(hub, topic);
  }

  /** A new hub or topic is a new subscription: new token and secret, nothing carried over. */
  void retarget(String hub, String topic) {
    this.hub = hub;
    this.topic = topic;
    this.callbackToken = random(24);
    this.secret = random(32);
    this.state = State.REQUESTED.name();
    this.stateReason = null;
    this.leaseSeconds = null;
    this.expiresAt = null;
    this.verifiedAt = null;
    this.requestedAt = null;
    this.nextRequestAt = createdAt;
  }

  void unavailable(String reason) {
    state = State.UNAVAILABLE.name();
    stateReason = reason;
    expiresAt = null;
    nextRequestAt = null;
  }

  /** A subscribe is about to be sent; a hub may verify before it even answers the POST. */
  void requesting(Instant at, Duration retryIfUnverified) {
    if (state() != State.ACTIVE) {
      state = State.REQUESTED.name();
      stateReason = null;
    }
    requestedAt = at;
    nextRequestAt = at.plus(retryIfUnverified);
  }

  void verified(Instant at, Integer grantedLeaseSeconds) {
    state = State.ACTIVE.name();
    stateReason = null;
    verifiedAt = at;
    if (grantedLeaseSeconds != null) {
      leaseSeconds = grantedLeaseSeconds;
    }
    int lease =
        leaseSeconds == null ? (int) HubSubscriptions.REQUESTED_LEASE.toSeconds() : leaseSeconds;
    expiresAt = at.plusSeconds(lease);
    // Renewed when three quarters of the lease have gone, so a slow hub still has time to verify.
    nextRequestAt = at.plusSeconds(lease * 3L / 4);
  }

  void denied(Instant at, String reason) {
    state = State.DENIED.name();
    stateReason = reason == null || reason.isBlank() ? "the hub gave no reason" : clip(reason);
    expiresAt = null;
    nextRequestAt = at.plus(HubSubscriptions.RETRY_AFTER_DENIAL);
    error(at, "The hub denied the subscription: " + stateReason);
  }

  /** The subscribe request failed; an active lease is kept until it runs out. */
  void requestFailed(Instant at, String reason, Duration retryAfter) {
    if (state() != State.ACTIVE || expiresAt == null || !expiresAt.isAfter(at)) {
      state = State.FAILED.name();
      stateReason = clip(reason);
      expiresAt = null;
    }
    nextRequestAt = at.plus(retryAfter);
    error(at, reason);
  }

  void unsubscribing(Instant at) {
    state = State.UNSUBSCRIBING.name();
    stateReason = null;
    expiresAt = null;
    nextRequestAt = null;
    requestedAt = at;
  }

  void stopRenewing() {
    nextRequestAt = null;
  }

  void pushed(Instant at) {
    lastPushAt = at;
    pushes++;
  }

  void error(Instant at, String reason) {
    lastErrorAt = at;
    lastError = clip(reason);
  }

  /** Taking pushes: verified, and the lease not run out. */
  public boolean active(Instant at) {
    return state() == State.ACTIVE && expiresAt != null && expiresAt.isAfter(at);
  }

  private static String clip(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  public UUID id() {
    return id;
  }

  public UUID sourceId() {
    return sourceId;
  }

  public String hub() {
    return hub;
  }

  public String topic() {
    return topic;
  }

  String callbackToken() {
    return callbackToken;
  }

  String secret() {
    return secret;
  }

  public State state() {
    return State.valueOf(state);
  }

  public String stateReason() {
    return stateReason;
  }

  public Integer leaseSeconds() {
    return leaseSeconds;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }

  public Instant nextRequestAt() {
    return nextRequestAt;
  }

  public Instant lastPushAt() {
    return lastPushAt;
  }

  public long pushes() {
    return pushes;
  }

  public Instant lastErrorAt() {
    return lastErrorAt;
  }

  public String lastError() {
    return lastError;
  }
}

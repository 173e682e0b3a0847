package org.newsrelay.partner.websub;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.newsrelay.websub.HubMode;

/**
 * A subscribe or unsubscribe request waiting for the subscriber to confirm it (verification of
 * intent). Kept in the database so that a request accepted with 202 is verified even if this node
 * stops; only the newest request for a subscription counts.
 */
@Entity
@Table(name = "websub_intent")
public class Intent {
  /** Where a request stands. */
  public enum State {
    pending,
    verified,
    refused,
    superseded
  }

  @Id private UUID id;

  @Column(name = "subscription_id", nullable = false)
  private UUID subscriptionId;

  @Column(nullable = false)
  private String mode;

  @Column(name = "lease_seconds")
  private Integer leaseSeconds;

  private String secret;

  @Column(nullable = false)
  private String state;

  private String detail;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  protected Intent() {}

  Intent(UUID subscriptionId, HubMode mode, Integer leaseSeconds, String secret) {
    this.id = UUID.randomUUID();
    this.subscriptionId = subscriptionId;
    this.mode = mode.name();
    this.leaseSeconds = leaseSeconds;
    this.secret = secret;
    this.state = State.pending.name();
    this.requestedAt = Instant.now();
  }

  void decide(State outcome, String detail, Instant now) {
    this.state = outcome.name();
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    this.decidedAt = now;
    // The secret lives on in the subscription if verified; nothing here needs it any more.
    this.secret = null;
    this.claimedBy = null;
    this.claimedUntil = null;
  }

  public UUID id() {
    return id;
  }

  public UUID subscriptionId() {
    return subscriptionId;
  }

  public HubMode mode() {
    return HubMode.valueOf(mode);
  }

  public Integer leaseSeconds() {
    return leaseSeconds;
  }

  String secret() {
    return secret;
  }

  public State state() {
    return State.valueOf(state);
  }

  public String detail() {
    return detail;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  String claimedBy() {
    return claimedBy;
  }
}

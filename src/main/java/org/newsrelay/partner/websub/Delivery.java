package org.newsrelay.partner.websub;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification owed to one subscription: a row of the outbox, written in the transaction that
 * changed the story. Numbered per subscription and delivered strictly in that order.
 */
@Entity
@Table(name = "websub_delivery")
public class Delivery {
  /** Where a delivery stands. */
  public enum State {
    pending,
    delivered,
    /** Retried for a day without success; can be resent. */
    failed,
    /** The subscription ended before it could be delivered. */
    cancelled
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "subscription_id", nullable = false)
  private UUID subscriptionId;

  @Column(name = "partner_id", nullable = false)
  private UUID partnerId;

  @Column(nullable = false)
  private long seq;

  @Column(name = "story_id")
  private UUID storyId;

  @Column(name = "change_kind", nullable = false)
  private String changeKind;

  /** The story's version the change made (null on rows written before V67). */
  @Column(name = "story_version")
  private Integer storyVersion;

  @Column(nullable = false)
  private String state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "resent_as")
  private Long resentAs;

  protected Delivery() {}

  /** A resend: the same change again, at the end of the subscription's queue. */
  Delivery(Delivery original, long seq, Instant now) {
    this.subscriptionId = original.subscriptionId;
    this.partnerId = original.partnerId;
    this.seq = seq;
    this.storyId = original.storyId;
    this.changeKind = original.changeKind;
    this.storyVersion = original.storyVersion;
    this.state = State.pending.name();
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void delivered(int status, Instant now) {
    attempts++;
    state = State.delivered.name();
    deliveredAt = now;
    lastStatus = status;
    lastError = null;
    release();
  }

  void retryAt(Instant next, Integer status, String error) {
    attempts++;
    nextAttemptAt = next;
    lastStatus = status;
    lastError = clip(error);
    release();
  }

  void failed(Integer status, String error) {
    attempts++;
    state = State.failed.name();
    lastStatus = status;
    lastError = clip(error);
    release();
  }

  void cancel(String reason) {
    state = State.cancelled.name();
    lastError = clip(reason);
    release();
  }

  void resentAs(long id) {
    resentAs = id;
  }

  private void release() {
    claimedBy = null;
    claimedUntil = null;
  }

  private static String clip(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
  }

  public Long id() {
    return id;
  }

  public UUID subscriptionId() {
    return subscriptionId;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public long seq() {
    return seq;
  }

  public UUID storyId() {
    return storyId;
  }

  public String changeKind() {
    return changeKind;
  }

  public State state() {
    return State.valueOf(state);
  }

  public int attempts() {
    return attempts;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  public Integer lastStatus() {
    return lastStatus;
  }

  public String lastError() {
    return lastError;
  }

  public Long resentAs() {
    return resentAs;
  }

  String claimedBy() {
    return claimedBy;
  }
}

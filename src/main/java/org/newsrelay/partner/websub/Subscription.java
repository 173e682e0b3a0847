package org.newsrelay.partner.websub;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner's subscription to one of our feeds at one callback. It is identified, as in WebSub, by
 * its topic and callback (per partner); subscribing again renews it.
 */
@Entity
@Table(name = "websub_subscription")
public class Subscription {
  /** Where a subscription stands. */
  public enum State {
    /** Requested, its first verification not done yet. */
    pending,
    active,
    /** Its first verification failed: it never was active. */
    unverified,
    unsubscribed,
    /** The subscriber answered a delivery with 410 Gone. */
    ended
  }

  @Id private UUID id;

  @Column(name = "partner_id", nullable = false)
  private UUID partnerId;

  @Column(nullable = false)
  private String callback;

  @Column(nullable = false)
  private String topic;

  @Column(name = "identity_hash", nullable = false)
  private String identityHash;

  @Column(name = "topic_lang", nullable = false)
  private String topicLang;

  @Column(name = "topic_slug", nullable = false)
  private String topicSlug;

  @Column(name = "topic_format", nullable = false)
  private String topicFormat;

  private String secret;

  @Column(name = "lease_seconds", nullable = false)
  private int leaseSeconds;

  @Column(nullable = false)
  private String state;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "state_reason")
  private String stateReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Subscription() {}

  Subscription(UUID partnerId, HubTopic topic, String callback, String identityHash) {
    this.id = UUID.randomUUID();
    this.partnerId = partnerId;
    this.topic = topic.url().toString();
    this.topicLang = topic.lang();
    this.topicSlug = topic.slug();
    this.topicFormat = topic.extension();
    this.callback = callback;
    this.identityHash = identityHash;
    this.state = State.pending.name();
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  void activate(int leaseSeconds, String secret, Instant now) {
    this.leaseSeconds = leaseSeconds;
    this.secret = secret;
    this.expiresAt = now.plusSeconds(leaseSeconds);
    moveTo(State.active, null, now);
  }

  /** Numbers a new delivery; the caller holds this row's lock. */
  long nextSeq() {
    return ++lastSeq;
  }

  void moveTo(State next, String reason, Instant now) {
    this.state = next.name();
    this.stateReason =
        reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    this.updatedAt = now;
  }

  /** Active and within its lease: deliveries go to it. */
  public boolean receives(Instant now) {
    return state() == State.active && expiresAt != null && expiresAt.isAfter(now);
  }

  public UUID id() {
    return id;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public String callback() {
    return callback;
  }

  public String topic() {
    return topic;
  }

  /** The feed, as the dispatcher renders it: its base is two levels above the feed file. */
  HubTopic hubTopic() {
    java.net.URI url = java.net.URI.create(topic);
    return new HubTopic(url, url.resolve("../../"), topicLang, topicSlug, topicFormat);
  }

  public String topicLang() {
    return topicLang;
  }

  public String topicSlug() {
    return topicSlug;
  }

  public String topicFormat() {
    return topicFormat;
  }

  String secret() {
    return secret;
  }

  public boolean signed() {
    return secret != null;
  }

  public int leaseSeconds() {
    return leaseSeconds;
  }

  public State state() {
    return State.valueOf(state);
  }

  /** What the subscriber sees: "expired" once the lease has run out. */
  public String status(Instant now) {
    return state() == State.active && !receives(now) ? "expired" : state;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public long lastSeq() {
    return lastSeq;
  }

  public String stateReason() {
    return stateReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}

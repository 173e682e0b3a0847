package org.newsrelay.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Recent stories checked again against a topic's new rules, and how far that has got. */
@Entity
@Table(name = "topic_reevaluation")
@NamedQuery(
    name = "Reevaluation.latest",
    query = "select r from Reevaluation r where r.topicId = :topic order by r.requestedAt desc")
@NamedQuery(
    name = "Reevaluation.supersedeOthers",
    query =
        "update Reevaluation r set r.status = :superseded, r.finishedAt = :now where r.topicId = :topic and r.id <> :job and r.finishedAt is null")
@NamedQuery(
    name = "Reevaluation.claim",
    query =
        "update Reevaluation r set r.claimedUntil = :until where r.id = :job and r.finishedAt is"
            + " null and (r.claimedUntil is null or r.claimedUntil < :now)")
@NamedQuery(
    name = "Reevaluation.abandoned",
    query =
        "select r.id from Reevaluation r where r.finishedAt is null and (r.claimedUntil < :now"
            + " or (r.claimedUntil is null and r.requestedAt < :queuedBefore))"
            + " order by r.requestedAt")
@NamedQuery(
    name = "Reevaluation.deleteOfTopic",
    query = "delete from Reevaluation r where r.topicId = :topic")
public class Reevaluation {
  /** Where a re-evaluation stands; superseded: newer rules came first. */
  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    SUPERSEDED,
    FAILED;

    /** The word the database and the API use: {@code running}. */
    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A status is stored as its word, as the migrations wrote it. */
  @jakarta.persistence.Converter
  public static class StatusConverter
      implements jakarta.persistence.AttributeConverter<Status, String> {
    @Override
    public String convertToDatabaseColumn(Status status) {
      return status == null ? null : status.value();
    }

    @Override
    public Status convertToEntityAttribute(String value) {
      return value == null ? null : Status.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
  }

  @Id private UUID id;

  @Column(name = "topic_id", nullable = false)
  private UUID topicId;

  @Column(name = "rules_version", nullable = false)
  private int rulesVersion;

  /** queued, running, done, superseded (newer rules came first) or failed. */
  @Column(nullable = false)
  @jakarta.persistence.Convert(converter = StatusConverter.class)
  private Status status;

  @Column(nullable = false)
  private int total;

  @Column(nullable = false)
  private int done;

  @Column(nullable = false)
  private int matched;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  private String error;

  /** Held by the node running it until then; renewed with each batch. */
  @Column(name = "claimed_until")
  private Instant claimedUntil;

  protected Reevaluation() {}

  Reevaluation(Topic topic) {
    this.id = UUID.randomUUID();
    this.topicId = topic.id();
    this.rulesVersion = topic.rulesVersion();
    this.status = Status.QUEUED;
    this.requestedAt = Instant.now();
  }

  /** Starts, or starts again from the beginning for a node that took over a dead one's job. */
  void start(int total) {
    this.status = Status.RUNNING;
    this.total = total;
    this.done = 0;
    this.matched = 0;
  }

  void progress(int done, int matched, Instant heldUntil) {
    this.done += done;
    this.matched += matched;
    this.claimedUntil = heldUntil;
  }

  void finish(Status status, String error) {
    this.status = status;
    this.error = error;
    this.finishedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public UUID topicId() {
    return topicId;
  }

  public int rulesVersion() {
    return rulesVersion;
  }

  /** The status as the API and the database spell it. */
  public String status() {
    return status.value();
  }

  public int total() {
    return total;
  }

  public int done() {
    return done;
  }

  public int matched() {
    return matched;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public String error() {
    return error;
  }
}

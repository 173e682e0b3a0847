package org.newsrelay.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Recent stories checked again against a topic's new rules, and how far that has got. */
@Entity
@Table(name = "topic_reevaluation")
public class Reevaluation {
  @Id private UUID id;

  @Column(name = "topic_id", nullable = false)
  private UUID topicId;

  @Column(name = "rules_version", nullable = false)
  private int rulesVersion;

  /** queued, running, done, superseded (newer rules came first) or failed. */
  @Column(nullable = false)
  private String status;

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

  protected Reevaluation() {}

  Reevaluation(Topic topic) {
    this.id = UUID.randomUUID();
    this.topicId = topic.id();
    this.rulesVersion = topic.rulesVersion();
    this.status = "queued";
    this.requestedAt = Instant.now();
  }

  void start(int total) {
    this.status = "running";
    this.total = total;
  }

  void progress(int done, int matched) {
    this.done += done;
    this.matched += matched;
  }

  void finish(String status, String error) {
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

  public String status() {
    return status;
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

package org.newsrelay.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A story as it arrived, kept before anyone is told it was accepted, until the worker has processed
 * it.
 */
@Entity
@Table(name = "inbox_item")
public class InboxItem {
  public enum Status {
    pending,
    done,
    failed
  }

  @Id private UUID id;

  @Column(nullable = false)
  private String origin;

  @Column(nullable = false)
  private String guid;

  @Column(name = "story_id", nullable = false)
  private UUID storyId;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  /** Exactly what was received. */
  @Column(nullable = false)
  private String payload;

  /** The same story as ninjs, the one form the worker reads. */
  @Column(nullable = false)
  private String ninjs;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private int attempts;

  private String error;

  @Column(name = "processed_at")
  private Instant processedAt;

  /** The node whose ingest queue was told of it last (ClusterMembers, InboxSweep). */
  private String node;

  protected InboxItem() {}

  InboxItem(
      String origin, String guid, String contentType, String payload, String ninjs, String node) {
    this.id = UUID.randomUUID();
    this.storyId = UUID.randomUUID();
    this.origin = origin;
    this.guid = guid;
    replace(contentType, payload, ninjs, node);
  }

  void replace(String contentType, String payload, String ninjs, String node) {
    this.node = node;
    this.contentType = contentType;
    this.payload = payload;
    this.ninjs = ninjs;
    this.receivedAt = Instant.now();
    this.status = Status.pending.name();
    this.error = null;
    this.processedAt = null;
  }

  void retry(String node) {
    this.node = node;
    status = Status.pending.name();
  }

  void done() {
    status = Status.done.name();
    attempts++;
    error = null;
    processedAt = Instant.now();
  }

  void failed(String reason) {
    status = Status.failed.name();
    attempts++;
    error = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    processedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public String origin() {
    return origin;
  }

  public String guid() {
    return guid;
  }

  public UUID storyId() {
    return storyId;
  }

  public String ninjs() {
    return ninjs;
  }

  public Status status() {
    return Status.valueOf(status);
  }

  public String error() {
    return error;
  }

  public int attempts() {
    return attempts;
  }

  public String contentType() {
    return contentType;
  }

  public Instant processedAt() {
    return processedAt;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}

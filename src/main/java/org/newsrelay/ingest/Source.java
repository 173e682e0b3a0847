package org.newsrelay.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A feed that newsrelay polls, with the health an operator needs to see. */
@Entity
@Table(name = "source")
public class Source {
  @Id private UUID id;

  @Column(nullable = false)
  private String url;

  private String language;
  private String title;

  @Column(name = "poll_interval_seconds", nullable = false)
  private int pollIntervalSeconds;

  /** Grows while the feed has nothing new, back to the registered interval when it has. */
  @Column(name = "current_interval_seconds")
  private Integer currentIntervalSeconds;

  @Column(name = "next_poll_at", nullable = false)
  private Instant nextPollAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "last_success_at")
  private Instant lastSuccessAt;

  @Column(name = "last_error_at")
  private Instant lastErrorAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "consecutive_failures", nullable = false)
  private int consecutiveFailures;

  private String etag;

  @Column(name = "last_modified")
  private String lastModified;

  @Column(name = "items_seen", nullable = false)
  private long itemsSeen;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** However quiet a feed is, it is looked at at least every few hours. */
  static final Duration SLOWEST = Duration.ofHours(4);

  protected Source() {}

  Source(String url, String language, Duration interval) {
    this.id = UUID.randomUUID();
    this.url = url;
    this.language = language;
    this.pollIntervalSeconds = (int) interval.toSeconds();
    this.currentIntervalSeconds = pollIntervalSeconds;
    this.createdAt = Instant.now();
    this.nextPollAt = createdAt;
  }

  void succeeded(Instant at, String feedTitle, int newItems, String etag, String lastModified) {
    succeeded(at, feedTitle, newItems, etag, lastModified, null);
  }

  /**
   * {@code pushedUntil}: while a WebSub hub pushes this feed to us (until its lease runs out), a
   * poll only catches what a push missed, so it comes rarely, and never later than the lease's end.
   */
  void succeeded(
      Instant at,
      String feedTitle,
      int newItems,
      String etag,
      String lastModified,
      Instant pushedUntil) {
    lastAttemptAt = at;
    lastSuccessAt = at;
    consecutiveFailures = 0;
    if (feedTitle != null && !feedTitle.isBlank()) {
      title = feedTitle.length() > 1000 ? feedTitle.substring(0, 1000) : feedTitle;
    }
    itemsSeen += newItems;
    this.etag = etag;
    this.lastModified = lastModified;
    int base = pollIntervalSeconds;
    int current = currentIntervalSeconds == null ? base : currentIntervalSeconds;
    currentIntervalSeconds =
        newItems > 0
            ? base
            : (int) Math.min(current * 3L / 2, Math.min(base * 8L, SLOWEST.toSeconds()));
    nextPollAt = at.plus(currentInterval());
    if (pushedUntil != null && pushedUntil.isAfter(nextPollAt)) {
      Instant rarely = at.plus(SLOWEST);
      nextPollAt = rarely.isBefore(pushedUntil) ? rarely : pushedUntil;
    }
  }

  /** A hub has just started (or renewed) pushing this feed: the next poll need not come soon. */
  void pushedUntil(Instant now, Instant until) {
    Instant rarely = now.plus(SLOWEST);
    Instant fallback = rarely.isBefore(until) ? rarely : until;
    if (fallback.isAfter(nextPollAt)) {
      nextPollAt = fallback;
    }
  }

  void pushed(int newItems) {
    itemsSeen += newItems;
  }

  void failed(Instant at, String reason, Duration retryAfter) {
    lastAttemptAt = at;
    lastErrorAt = at;
    lastError = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    consecutiveFailures++;
    nextPollAt = at.plus(retryAfter);
  }

  void pollNow() {
    nextPollAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public String url() {
    return url;
  }

  public String language() {
    return language;
  }

  public String title() {
    return title;
  }

  public Duration interval() {
    return Duration.ofSeconds(pollIntervalSeconds);
  }

  public Duration currentInterval() {
    return Duration.ofSeconds(
        currentIntervalSeconds == null ? pollIntervalSeconds : currentIntervalSeconds);
  }

  public Instant nextPollAt() {
    return nextPollAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Instant lastSuccessAt() {
    return lastSuccessAt;
  }

  public Instant lastErrorAt() {
    return lastErrorAt;
  }

  public String lastError() {
    return lastError;
  }

  public int consecutiveFailures() {
    return consecutiveFailures;
  }

  public String etag() {
    return etag;
  }

  public String lastModified() {
    return lastModified;
  }

  public long itemsSeen() {
    return itemsSeen;
  }

  /** Failing when the last attempt did not succeed. */
  public boolean failing() {
    return lastErrorAt != null && (lastSuccessAt == null || lastErrorAt.isAfter(lastSuccessAt));
  }
}

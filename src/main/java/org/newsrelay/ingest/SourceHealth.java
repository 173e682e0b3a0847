package org.newsrelay.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/** Records how each poll went and when the next one is due. */
@ApplicationScoped
@Transactional
public class SourceHealth {
  // A failing source is retried ever more slowly, but never parked for good.
  static final Duration MAX_BACKOFF = Duration.ofHours(6);

  private static final Logger LOG = Logger.getLogger(SourceHealth.class.getName());

  @PersistenceContext EntityManager em;

  @Inject SourceHubs subscriptions;

  /**
   * The source row is locked before the subscription is read, as {@link #pushedUntil} does it: a
   * hub's verification that lands during a poll is then never overwritten by the poll's schedule.
   */
  public void succeeded(
      UUID id, Instant at, String title, int added, String etag, String lastModified) {
    Source source = em.find(Source.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (source != null) {
      source.succeeded(
          at, title, added, etag, lastModified, subscriptions.pushedUntil(id, Instant.now()));
    }
  }

  /** A hub pushed {@code added} new items of this source. */
  public void pushed(UUID id, int added) {
    Source source = em.find(Source.class, id);
    if (source != null) {
      source.pushed(added);
    }
  }

  /**
   * The source's hub verified our subscription: polls become a rare fallback until {@code until}.
   */
  public void pushedUntil(UUID id, Instant until) {
    Source source = em.find(Source.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (source != null) {
      source.pushedUntil(Instant.now(), until);
    }
  }

  void remove(UUID id) {
    Source source = em.find(Source.class, id);
    if (source != null) {
      em.remove(source);
    }
  }

  public void failed(UUID id, Instant at, String reason, Duration retryAfter) {
    Source source = em.find(Source.class, id);
    if (source != null) {
      Duration wait = backoff(source, retryAfter);
      source.failed(at, reason, wait);
      LOG.warning("Source " + source.url() + " failed: " + reason + "; next attempt in " + wait);
    }
  }

  static Duration backoff(Source source, Duration retryAfter) {
    long base = source.interval().toSeconds() << Math.min(source.consecutiveFailures(), 10);
    long capped = Math.min(base, MAX_BACKOFF.toSeconds());
    long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    Duration wait = Duration.ofSeconds(Math.max(jittered, Sources.MIN_INTERVAL.toSeconds()));
    return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
  }
}

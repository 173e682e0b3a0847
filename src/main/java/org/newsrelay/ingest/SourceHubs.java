package org.newsrelay.ingest;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.ingest.feed.ParsedFeed;

/**
 * The WebSub side of polled sources: subscribing to the hub a feed advertises, renewing leases, and
 * how long a hub pushes to us. Ingest asks, {@code ingest.websub.HubSubscriptions} answers: the
 * subscriber stands on the sources (it takes its pushes in through {@link Sources#take}), so the
 * sources do not import it.
 */
public interface SourceHubs {
  /** After a poll that parsed: subscribe when the feed has a hub and we are not subscribed yet. */
  void noticed(Source source, ParsedFeed feed);

  /** Renewals and retries that are due; the source poller's tick runs this. */
  void renewDue();

  /** The source is being deleted: unsubscribe, best effort. */
  void unsubscribe(UUID sourceId);

  /** Until when the source's hub pushes to us; null when it does not. */
  Instant pushedUntil(UUID sourceId, Instant now);

  /** The source's subscription, unless it is only waiting to be unsubscribed. */
  Optional<Status> forSource(UUID sourceId);

  /** {@link #forSource} for every source that has one. */
  Map<UUID, Status> bySource();

  /**
   * What the sources API shows of a subscription.
   *
   * @param state a {@code HubSubscription.State} in lower case, or expired: active, but the lease
   *     ran out
   */
  record Status(
      String hub,
      String topic,
      String state,
      long pushes,
      String reason,
      Instant requested,
      Instant verified,
      Instant leaseExpires,
      Instant lastPush,
      Instant lastErrorAt,
      String lastError) {}
}

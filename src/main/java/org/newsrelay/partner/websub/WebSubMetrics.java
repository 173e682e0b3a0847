package org.newsrelay.partner.websub;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.newsrelay.platform.Metrics;
import org.newsrelay.platform.Reading;
import org.newsrelay.platform.Transactions;

/**
 * What the hub counts (docs/operations.md, "Metrics"): delivery attempts by outcome, the lag from a
 * change's commit to its delivery, and what waits for each subscription.
 */
@ApplicationScoped
public class WebSubMetrics {
  /** Subscriptions shown one by one, the longest queues first; the total counts them all. */
  static final int SHOWN = 100;

  /** How an attempt at a delivery ended. */
  enum Outcome {
    /** The callback answered 2xx. */
    DELIVERED,
    /** It did not; tried again later. */
    RETRYING,
    /** Retried for a day without success (Backoff); an operator may resend it. */
    FAILED,
    /** The callback answered 410: the subscription ended. */
    GONE
  }

  @Inject Metrics metrics;
  @Inject Transactions transactions;
  @Inject Deliveries deliveries;

  private final Map<Outcome, Counter> outcomes = new ConcurrentHashMap<>();
  private Timer lag;
  private Reading<Deliveries.Backlog> backlog;
  private MultiGauge perSubscription;

  /** Registered with the application, so that every meter is there from the first scrape. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  @PostConstruct
  void register() {
    for (Outcome outcome : Outcome.values()) {
      outcomes.put(
          outcome,
          metrics.counter(
              "newsrelay_websub_deliveries",
              "Attempts at WebSub deliveries to partners' callbacks, by outcome",
              "outcome",
              outcome.name().toLowerCase(java.util.Locale.ROOT)));
    }
    lag =
        metrics.histogram(
            "newsrelay_websub_delivery_lag",
            "From the change's commit (its outbox row) to the subscriber's 2xx",
            Metrics.WAITS);
    perSubscription =
        metrics.gauges(
            "newsrelay_websub_backlog",
            "Deliveries waiting per subscription (the " + SHOWN + " longest queues)");
    backlog = metrics.reading("the WebSub backlog", this::readBacklog);
    metrics.gauge(
        "newsrelay_websub_pending",
        "Deliveries waiting, every subscription's",
        backlog,
        Deliveries.Backlog::pending);
    metrics.gauge(
        "newsrelay_websub_oldest_pending_seconds",
        "Age of the oldest delivery waiting (0 when none waits)",
        backlog,
        b -> b.oldest() == null ? 0 : Math.max(0, secondsSince(b.oldest())));
  }

  /** Counts a batch of recorded attempts once their transaction has committed. */
  void recorded(Map<Outcome, Integer> counts, List<Duration> lags) {
    transactions.afterCommit(
        () -> {
          counts.forEach((outcome, n) -> outcomes.get(outcome).increment(n));
          lags.forEach(lag::record);
        });
  }

  /** How long a change waited, from its row to the subscriber's answer. */
  static Duration lag(Delivery delivery, CallbackResult result) {
    Instant answered = result.startedAt().plus(result.duration());
    return Duration.between(delivery.createdAt(), answered);
  }

  private Deliveries.Backlog readBacklog() {
    Deliveries.Backlog read = deliveries.backlog();
    List<MultiGauge.Row<?>> rows =
        read.queues().stream()
            .limit(SHOWN)
            .<MultiGauge.Row<?>>map(
                q ->
                    MultiGauge.Row.of(
                        tags(q.subscription(), q.partner()),
                        backlog,
                        r -> r.value().isPresent() ? q.pending() : Double.NaN))
            .toList();
    perSubscription.register(rows, true);
    return read;
  }

  private static Tags tags(UUID subscription, UUID partner) {
    return Tags.of("subscription", subscription.toString(), "partner", partner.toString());
  }

  private static double secondsSince(Instant then) {
    return Duration.between(then, Instant.now()).toMillis() / 1000.0;
  }
}

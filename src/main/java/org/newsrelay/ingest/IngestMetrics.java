package org.newsrelay.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsrelay.platform.Metrics;
import org.newsrelay.platform.Reading;
import org.newsrelay.platform.Transactions;
import org.newsrelay.story.Language;

/**
 * What ingest counts (docs/operations.md, "Metrics"): stories accepted and stored, by origin and
 * language; how long from the 202 to the story stored; the inbox's backlog; the worker's failures
 * and dead letters; polls by outcome and the sources failing.
 */
@ApplicationScoped
public class IngestMetrics {
  /** Artemis delivers a message this often before it moves it to DLQ (30-jms.cli). */
  static final int DELIVERIES = 5;

  /** How a poll ended. */
  enum Poll {
    NEW_ITEMS,
    NOTHING_NEW,
    NOT_MODIFIED,
    FETCH_FAILED,
    UNREADABLE,
    ERROR;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A story an inbox item became, for the counts made once its transaction committed. */
  record Stored(String origin, Language language, Instant received) {}

  @Inject Metrics metrics;
  @Inject Transactions transactions;
  @Inject Inbox inbox;
  @Inject Sources sources;

  private final Map<String, Counter> accepted = new ConcurrentHashMap<>();
  private final Map<String, Counter> stored = new ConcurrentHashMap<>();
  private final Map<String, Counter> failures = new ConcurrentHashMap<>();
  private final Map<Poll, Counter> polls = new HashMap<>();
  private Timer latency;
  private Counter deadLetters;

  /** Registered with the application, so that every meter is there from the first scrape. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  @PostConstruct
  void register() {
    for (String origin : List.of("push", "source")) {
      for (String language : languages()) {
        accepted(origin, language);
        stored(origin, language);
      }
    }
    latency =
        metrics.histogram(
            "newsrelay_ingest_latency",
            "From an inbox item's commit (the push's 202, the poll's commit) to its story stored,"
                + " and published when the origin is trusted",
            Metrics.WAITS);
    for (String cause : List.of("unreadable", "error", "database")) {
      failure(cause);
    }
    deadLetters =
        metrics.counter(
            "newsrelay_ingest_dead_letters",
            "Ingest messages that failed their last delivery and went to the DLQ queue");
    for (Poll poll : Poll.values()) {
      polls.put(
          poll,
          metrics.counter(
              "newsrelay_source_polls",
              "Polls of sources by how they ended",
              "outcome",
              poll.label()));
    }
    Reading<Inbox.Backlog> backlog = metrics.reading("the inbox's backlog", inbox::backlog);
    metrics.gauge(
        "newsrelay_inbox_pending",
        "Inbox items accepted and not yet stored",
        backlog,
        Inbox.Backlog::pending);
    metrics.gauge(
        "newsrelay_inbox_oldest_pending_seconds",
        "Age of the oldest inbox item not yet stored (0 when none waits)",
        backlog,
        b -> b.oldestPending() == null ? 0 : secondsSince(b.oldestPending()));
    metrics.gauge(
        "newsrelay_inbox_failed",
        "Inbox items the worker could not store, waiting for an editor's retry",
        backlog,
        Inbox.Backlog::failed);
    Reading<Long> failing = metrics.reading("the failing sources", sources::failingCount);
    metrics.gauge(
        "newsrelay_sources_failing",
        "Polled sources whose last attempt failed",
        failing,
        Long::doubleValue);
  }

  /** Items kept new or changed, counted once their transaction has committed. */
  void accepted(List<Inbox.Incoming> items) {
    if (items.isEmpty()) {
      return;
    }
    Map<Counter, Integer> counts = new HashMap<>();
    for (Inbox.Incoming item : items) {
      String language =
          Language.fromDeclared(item.ninjs().getString("language", null))
              .map(Language::tag)
              .orElse("und");
      counts.merge(accepted(originKind(item.origin()), language), 1, Integer::sum);
    }
    transactions.afterCommit(() -> counts.forEach(Counter::increment));
  }

  /** Stories created or revised, counted (and timed from their 202) once committed. */
  void stored(List<Stored> stories) {
    if (stories.isEmpty()) {
      return;
    }
    transactions.afterCommit(
        () -> {
          Instant now = Instant.now();
          for (Stored story : stories) {
            String language = story.language() == null ? "und" : story.language().tag();
            stored(originKind(story.origin()), language).increment();
            latency.record(Duration.between(story.received(), now));
          }
        });
  }

  /** An item the worker could not store: its copy, an error, or the database. */
  void failed(String cause) {
    transactions.afterCommit(() -> failure(cause).increment());
  }

  /** A message failed: on its last delivery, Artemis moves it to the dead-letter queue. */
  void deliveryFailed(Message message) {
    try {
      if (message.getIntProperty("JMSXDeliveryCount") >= DELIVERIES) {
        deadLetters.increment();
      }
    } catch (JMSException | NumberFormatException e) {
      // No count to go by: the inbox rows show the items' state all the same.
    }
  }

  void polled(Poll outcome) {
    polls.get(outcome).increment();
  }

  private Counter accepted(String origin, String language) {
    return accepted.computeIfAbsent(
        origin + "|" + language,
        k ->
            metrics.counter(
                "newsrelay_ingest_accepted",
                "Stories accepted into the inbox, new or changed, by origin and declared language"
                    + " (und: none)",
                "origin",
                origin,
                "language",
                language));
  }

  private Counter stored(String origin, String language) {
    return stored.computeIfAbsent(
        origin + "|" + language,
        k ->
            metrics.counter(
                "newsrelay_ingest_stored",
                "Stories created or revised by the worker, by origin and language",
                "origin",
                origin,
                "language",
                language));
  }

  private Counter failure(String cause) {
    return failures.computeIfAbsent(
        cause,
        c ->
            metrics.counter(
                "newsrelay_ingest_failures",
                "Inbox items the worker failed to store, by cause: unreadable copy, an error"
                    + " (retried by the queue), the database not answering",
                "cause",
                c));
  }

  /** push (a wire's or an editor's push) or source (a polled or WebSub-pushed feed): few values. */
  static String originKind(String origin) {
    int colon = origin.indexOf(':');
    String kind = colon < 0 ? origin : origin.substring(0, colon);
    return kind.equals("push") || kind.equals("source") ? kind : "other";
  }

  private static List<String> languages() {
    List<String> tags = new java.util.ArrayList<>(Language.tags());
    tags.add("und");
    return tags;
  }

  private static double secondsSince(Instant then) {
    return Math.max(0, Duration.between(then, Instant.now()).toMillis() / 1000.0);
  }
}

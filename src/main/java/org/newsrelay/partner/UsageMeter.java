package org.newsrelay.partner;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts what partners use in memory and adds it to the database every few seconds: a row update
 * per request would make every partner request wait on one hot row. A node that is killed loses at
 * most the last few seconds of request counts; deliveries are also recorded one by one as attempts.
 */
@ApplicationScoped
public class UsageMeter {
  private static final Logger LOG = Logger.getLogger(UsageMeter.class.getName());

  private record Day(UUID partnerId, LocalDate day) {}

  private static final class Counters {
    final AtomicLong requests = new AtomicLong();
    final AtomicLong pushes = new AtomicLong();
    final AtomicLong bytesSent = new AtomicLong();
    final AtomicLong bytesReceived = new AtomicLong();
    final AtomicLong deliveries = new AtomicLong();
    final AtomicLong failures = new AtomicLong();

    Usage drain(Day day) {
      return new Usage(
          day.partnerId(),
          day.day(),
          requests.getAndSet(0),
          pushes.getAndSet(0),
          bytesSent.getAndSet(0),
          bytesReceived.getAndSet(0),
          deliveries.getAndSet(0),
          failures.getAndSet(0));
    }

    Usage peek(Day day) {
      return new Usage(
          day.partnerId(),
          day.day(),
          requests.get(),
          pushes.get(),
          bytesSent.get(),
          bytesReceived.get(),
          deliveries.get(),
          failures.get());
    }
  }

  @Inject UsageLedger ledger;
  @Inject PartnerKeys keys;

  private final ConcurrentHashMap<Day, Counters> counters = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<UUID, Instant> keysUsed = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<UUID, Instant> keysRecorded = new ConcurrentHashMap<>();

  public void request(PartnerCaller caller, boolean push, long bytesReceived, long bytesSent) {
    Counters c = today(caller.partnerId());
    c.requests.incrementAndGet();
    if (push) {
      c.pushes.incrementAndGet();
    }
    c.bytesReceived.addAndGet(Math.max(0, bytesReceived));
    c.bytesSent.addAndGet(Math.max(0, bytesSent));
    Instant now = Instant.now();
    Instant recorded = keysRecorded.get(caller.keyId());
    // Last use to the minute is what an operator needs to see which key is still in use.
    if (recorded == null || recorded.isBefore(now.minus(1, ChronoUnit.MINUTES))) {
      keysUsed.put(caller.keyId(), now);
    }
  }

  public void delivery(UUID partnerId, boolean delivered, long bytesSent) {
    Counters c = today(partnerId);
    if (delivered) {
      c.deliveries.incrementAndGet();
      c.bytesSent.addAndGet(bytesSent);
    } else {
      c.failures.incrementAndGet();
    }
  }

  /** The database's figures plus what this node has not written yet. */
  public List<Usage> of(UUID partnerId, LocalDate from, LocalDate to) {
    Map<LocalDate, Usage> byDay = new HashMap<>();
    for (Usage stored : ledger.of(partnerId, from, to)) {
      byDay.put(stored.day(), stored);
    }
    counters.forEach(
        (day, c) -> {
          if (day.partnerId().equals(partnerId)
              && !day.day().isBefore(from)
              && !day.day().isAfter(to)) {
            byDay.merge(day.day(), c.peek(day), Usage::plus);
          }
        });
    List<Usage> result = new ArrayList<>(byDay.values());
    result.sort((a, b) -> a.day().compareTo(b.day()));
    return result;
  }

  public void flush() {
    List<Usage> pending = new ArrayList<>();
    counters.forEach(
        (day, c) -> {
          Usage u = c.drain(day);
          if (u.requests() + u.deliveries() + u.deliveryFailures() + u.bytesSent() > 0) {
            pending.add(u);
          }
        });
    // Yesterday's counters are done with once drained.
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    counters.keySet().removeIf(day -> day.day().isBefore(today));
    for (Usage u : pending) {
      try {
        ledger.add(u);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not record usage of partner " + u.partnerId(), e);
        restore(u);
      }
    }
    if (!keysUsed.isEmpty()) {
      Map<UUID, Instant> used = new HashMap<>(keysUsed);
      used.forEach(keysUsed::remove);
      keys.recordUse(used);
      keysRecorded.putAll(used);
    }
  }

  @PreDestroy
  void last() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Usage of the last seconds could not be written at shutdown", e);
    }
  }

  private void restore(Usage u) {
    Counters c = counters.computeIfAbsent(new Day(u.partnerId(), u.day()), d -> new Counters());
    c.requests.addAndGet(u.requests());
    c.pushes.addAndGet(u.pushes());
    c.bytesSent.addAndGet(u.bytesSent());
    c.bytesReceived.addAndGet(u.bytesReceived());
    c.deliveries.addAndGet(u.deliveries());
    c.failures.addAndGet(u.deliveryFailures());
  }

  private Counters today(UUID partnerId) {
    return counters.computeIfAbsent(
        new Day(partnerId, LocalDate.now(ZoneOffset.UTC)), d -> new Counters());
  }
}

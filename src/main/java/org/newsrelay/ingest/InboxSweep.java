package org.newsrelay.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsrelay.platform.StatementTimeouts;

/**
 * Announces pending inbox items again: every one at start (its message may have been lost when the
 * server stopped between its commit and the announcement), and every half minute those that have
 * waited longer than {@link #AGE} (a database outage failed their message's deliveries, or the
 * broker lost it), so that nothing waits for a restart. Each node sweeps; an item is claimed in the
 * database ({@code for update skip locked}, then {@code announced_at}), so one node announces it
 * per round. An item announced twice is stored once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboxSweep {
  /** Far longer than a healthy item waits, a backlog aside; and the pause between two rounds. */
  static final Duration AGE = Duration.ofMinutes(1);

  /** Items claimed per transaction. */
  static final int BATCH = 500;

  private static final Logger LOG = Logger.getLogger(InboxSweep.class.getName());

  @Inject Claims claims;
  @Inject IngestQueue queue;

  private final AtomicBoolean sweeping = new AtomicBoolean();

  @PostConstruct
  void announcePending() {
    sweep(Instant.now(), "at start");
  }

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "inbox sweep")
  void tick() {
    sweep(Instant.now().minus(AGE), "waiting longer than " + AGE.toSeconds() + " s");
  }

  private void sweep(Instant before, String why) {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      int total = 0;
      for (List<UUID> batch = claims.claim(before); ; batch = claims.claim(before)) {
        if (!batch.isEmpty()) {
          // Announced at once, not after a later batch's commit: the claim has committed already.
          queue.announce(batch);
          total += batch.size();
        }
        if (batch.size() < BATCH) {
          break;
        }
      }
      if (total > 0) {
        LOG.info("Announcing " + total + " pending inbox items again (" + why + ")");
      }
    } catch (RuntimeException e) {
      // The database is away, most likely: the next round tries again.
      LOG.log(Level.WARNING, "The inbox sweep failed; the next round tries again", e);
    } finally {
      sweeping.set(false);
    }
  }

  /** The claim, one transaction per batch. */
  @ApplicationScoped
  public static class Claims {
    @PersistenceContext EntityManager em;
    @Inject StatementTimeouts timeouts;

    /** Up to {@link #BATCH} pending items received and last announced before {@code before}. */
    @Transactional
    public List<UUID> claim(Instant before) {
      timeouts.background();
      @SuppressWarnings("unchecked")
      List<Object> rows =
          em.createNativeQuery(
                  "select id from inbox_item where status = 'pending' and received_at < :before"
                      + " and (announced_at is null or announced_at < :before)"
                      + " order by received_at fetch first "
                      + BATCH
                      + " rows only for update skip locked")
              .setParameter("before", before)
              .getResultList();
      List<UUID> ids =
          rows.stream()
              .map(id -> id instanceof UUID u ? u : UUID.fromString(id.toString()))
              .toList();
      if (!ids.isEmpty()) {
        em.createNativeQuery("update inbox_item set announced_at = :now where id in (:ids)")
            .setParameter("now", Instant.now())
            .setParameter("ids", ids)
            .executeUpdate();
      }
      return ids;
    }
  }
}

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
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsrelay.platform.ClusterMembers;
import org.newsrelay.platform.StatementTimeouts;

/**
 * Announces pending inbox items again: every one at start (its message may have been lost when the
 * server stopped between its commit and the announcement); every few seconds those whose node has
 * left the cluster's view (the message waits in that node's own broker, docs/cluster.md); and those
 * that have waited longer than {@link #AGE} (a database outage failed their message's deliveries,
 * or the broker lost it), so that nothing waits for a restart. Each node sweeps; an item is claimed
 * in the database ({@code for update skip locked}, then {@code announced_at} and {@code node}), so
 * one node announces it per round. An item announced twice is stored once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboxSweep {
  /** Far longer than a healthy item waits, a backlog aside. */
  static final Duration AGE = Duration.ofMinutes(1);

  /**
   * How long an item of a node that is not in the view is left alone: a node that has just joined
   * accepts pushes a moment before every other node has installed the view that shows it.
   */
  static final Duration SETTLE = Duration.ofSeconds(5);

  /** Items claimed per transaction. */
  static final int BATCH = 500;

  private static final Logger LOG = Logger.getLogger(InboxSweep.class.getName());

  @Inject Claims claims;
  @Inject IngestQueue queue;
  @Inject ClusterMembers members;

  private final AtomicBoolean sweeping = new AtomicBoolean();

  @PostConstruct
  void announcePending() {
    sweep(Set.of(), Instant.now(), "at start");
  }

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "inbox sweep")
  void tick() {
    Instant now = Instant.now();
    if (members.clustered()) {
      sweep(members.members(), now.minus(SETTLE), "their node left the cluster");
    }
    sweep(Set.of(), now.minus(AGE), "waiting longer than " + AGE.toSeconds() + " s");
  }

  /**
   * Claims and announces pending items received before {@code before}: those of a node not among
   * {@code alive} when it is given, else those also last announced before it.
   */
  private void sweep(Set<String> alive, Instant before, String why) {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      int total = 0;
      for (List<UUID> batch = claims.claim(alive, before); ; batch = claims.claim(alive, before)) {
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
    @Inject ClusterMembers members;

    /**
     * Up to {@link #BATCH} pending items received before {@code before}: those held by a node not
     * in {@code alive}, or, when it is empty, those last announced before {@code before}. They are
     * this node's from now.
     */
    @Transactional
    public List<UUID> claim(Set<String> alive, Instant before) {
      timeouts.background();
      Query select =
          em.createNativeQuery(
                  "select id from inbox_item where status = 'pending' and received_at < :before"
                      + (alive.isEmpty()
                          ? " and (announced_at is null or announced_at < :before)"
                          : " and node not in (:alive)")
                      + " order by received_at fetch first "
                      + BATCH
                      + " rows only for update skip locked")
              .setParameter("before", before);
      if (!alive.isEmpty()) {
        select.setParameter("alive", alive);
      }
      @SuppressWarnings("unchecked")
      List<Object> rows = select.getResultList();
      List<UUID> ids =
          rows.stream()
              .map(id -> id instanceof UUID u ? u : UUID.fromString(id.toString()))
              .toList();
      if (!ids.isEmpty()) {
        em.createNativeQuery(
                "update inbox_item set announced_at = :now, node = :node where id in (:ids)")
            .setParameter("now", Instant.now())
            .setParameter("node", members.self())
            .setParameter("ids", ids)
            .executeUpdate();
      }
      return ids;
    }
  }
}

package org.newsrelay.partner.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsrelay.platform.Conflict;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.StatementTimeouts;

/**
 * The outbox as the dispatcher works it. Rows are claimed with a lease, so that any number of nodes
 * can dispatch without delivering a row twice at the same time; only the head of a subscription
 * (its lowest pending number) is ever claimed, so each subscription is delivered in order.
 */
@ApplicationScoped
public class Deliveries {
  /** Longer than any one attempt can take; after it, a node that died has let go of its rows. */
  static final Duration LEASE = Duration.ofMinutes(2);

  @PersistenceContext EntityManager em;
  @Inject StatementTimeouts timeouts;
  @Inject WebSubMetrics metrics;

  /** A delivery this node holds, with its subscription as it was when claimed. */
  public record Claim(Delivery delivery, Subscription subscription) {}

  /** Claims up to {@code limit} due heads of different subscriptions. */
  @Transactional
  public List<Claim> claimHeads(String token, int limit) {
    // Background work: a large outbox may take the head query longer than a reader may wait.
    timeouts.background();
    Instant now = Instant.now();
    @SuppressWarnings("unchecked")
    List<Object> heads =
        em.createNativeQuery(
                "select d.id from websub_delivery d where d.state = 'pending'"
                    + " and d.next_attempt_at <= ?1"
                    + " and (d.claimed_until is null or d.claimed_until < ?1)"
                    // One head per subscription: its first urgent delivery, else its first.
                    + " and not exists (select 1 from websub_delivery e"
                    + " where e.subscription_id = d.subscription_id and e.state = 'pending'"
                    + " and ((e.urgent and not d.urgent) or (e.urgent = d.urgent and e.seq < d.seq)))"
                    + " order by d.urgent desc, d.next_attempt_at, d.id")
            .setParameter(1, now)
            .setMaxResults(limit)
            .getResultList();
    if (heads.isEmpty()) {
      return List.of();
    }
    List<Long> ids = heads.stream().map(h -> ((Number) h).longValue()).toList();
    em.createQuery(
            "update Delivery d set d.claimedBy = :token, d.claimedUntil = :lease"
                + " where d.id in :ids and d.state = :pending"
                + " and (d.claimedUntil is null or d.claimedUntil < :now)")
        .setParameter("pending", Delivery.State.pending.name())
        .setParameter("token", token)
        .setParameter("lease", now.plus(LEASE))
        .setParameter("ids", ids)
        .setParameter("now", now)
        .executeUpdate();
    List<Delivery> claimed =
        em.createQuery(
                "select d from Delivery d where d.id in :ids and d.claimedBy = :token",
                Delivery.class)
            .setParameter("ids", ids)
            .setParameter("token", token)
            .getResultList();
    return withSubscriptions(claimed);
  }

  /** What one attempt at a claimed delivery came to. */
  public record Outcome(Delivery delivery, CallbackResult result) {}

  /**
   * Records a batch of attempts in one transaction: one statement for all the attempts and one for
   * all the successes, so that recording costs little next to delivering. A row whose claim this
   * node lost (its lease ran out) keeps its attempt in the log but is not changed.
   */
  @Transactional
  public void record(List<Outcome> outcomes, Backoff backoff, String token) {
    if (outcomes.isEmpty()) {
      return;
    }
    Instant now = Instant.now();
    logAttempts(outcomes);
    Map<WebSubMetrics.Outcome, Integer> counted =
        new java.util.EnumMap<>(WebSubMetrics.Outcome.class);
    List<Duration> lags = new ArrayList<>();
    Map<Integer, List<Long>> deliveredByStatus =
        outcomes.stream()
            .filter(o -> o.result().succeeded())
            .collect(
                Collectors.groupingBy(
                    o -> o.result().status(),
                    Collectors.mapping(o -> o.delivery().id(), Collectors.toList())));
    deliveredByStatus.forEach(
        (status, ids) ->
            em.createQuery(
                    "update Delivery d set d.state = :delivered, d.attempts = d.attempts + 1,"
                        + " d.deliveredAt = :now, d.lastStatus = :status, d.lastError = null,"
                        + " d.claimedBy = null, d.claimedUntil = null"
                        + " where d.id in :ids and d.claimedBy = :token and d.state = :pending")
                .setParameter("delivered", Delivery.State.delivered.name())
                .setParameter("pending", Delivery.State.pending.name())
                .setParameter("now", now)
                .setParameter("status", status)
                .setParameter("ids", ids)
                .setParameter("token", token)
                .executeUpdate());
    for (Outcome outcome : outcomes) {
      CallbackResult result = outcome.result();
      if (result.succeeded()) {
        counted.merge(WebSubMetrics.Outcome.DELIVERED, 1, Integer::sum);
        lags.add(WebSubMetrics.lag(outcome.delivery(), result));
        continue;
      }
      Delivery delivery = em.find(Delivery.class, outcome.delivery().id());
      if (delivery == null
          || delivery.state() != Delivery.State.pending
          || !token.equals(delivery.claimedBy())) {
        continue;
      }
      WebSubMetrics.Outcome counts;
      if (result.gone()) {
        delivery.failed(result.status(), result.describe());
        end(delivery.subscriptionId(), "The callback answered 410 Gone.", now);
        counts = WebSubMetrics.Outcome.GONE;
      } else if (backoff.givesUp(delivery.createdAt(), now)) {
        delivery.failed(result.status(), result.describe());
        counts = WebSubMetrics.Outcome.FAILED;
      } else {
        delivery.retryAt(
            now.plus(backoff.wait(delivery.attempts() + 1)), result.status(), result.describe());
        counts = WebSubMetrics.Outcome.RETRYING;
      }
      counted.merge(counts, 1, Integer::sum);
    }
    metrics.recorded(counted, lags);
  }

  /** What waits, per subscription, the longest queue first; and the oldest of it all. */
  record Backlog(long pending, Instant oldest, List<Queue> queues) {}

  /** One subscription's waiting deliveries. */
  record Queue(UUID subscription, UUID partner, long pending) {}

  /** For the metrics: one pass over the pending rows (the websub_delivery_due index). */
  @Transactional
  Backlog backlog() {
    timeouts.reading();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createQuery(
                "select d.subscriptionId, d.partnerId, count(d), min(d.createdAt) from Delivery d"
                    + " where d.state = :pending group by d.subscriptionId, d.partnerId"
                    + " order by count(d) desc")
            .setParameter("pending", Delivery.State.pending.name())
            .getResultList();
    long pending = 0;
    Instant oldest = null;
    List<Queue> queues = new ArrayList<>();
    for (Object[] row : rows) {
      long count = ((Number) row[2]).longValue();
      Instant first = (Instant) row[3];
      pending += count;
      oldest = oldest == null || first.isBefore(oldest) ? first : oldest;
      queues.add(new Queue((UUID) row[0], (UUID) row[1], count));
    }
    return new Backlog(pending, oldest, queues);
  }

  /** One multi-row insert per hundred attempts; absent values are written as null literals. */
  private void logAttempts(List<Outcome> outcomes) {
    for (int from = 0; from < outcomes.size(); from += 100) {
      List<Object> values = new ArrayList<>();
      StringBuilder sql =
          new StringBuilder(
              "insert into websub_attempt (delivery_id, partner_id, attempted_at, duration_ms,"
                  + " status_code, error, bytes) values ");
      List<Outcome> chunk = outcomes.subList(from, Math.min(outcomes.size(), from + 100));
      for (int i = 0; i < chunk.size(); i++) {
        DeliveryAttempt a =
            new DeliveryAttempt(
                chunk.get(i).delivery().id(),
                chunk.get(i).delivery().partnerId(),
                chunk.get(i).result());
        sql.append(i == 0 ? "(" : ", (");
        Object[] row = {
          a.deliveryId(),
          a.partnerId(),
          a.attemptedAt(),
          a.durationMs(),
          a.statusCode(),
          a.error(),
          a.bytes()
        };
        for (int c = 0; c < row.length; c++) {
          sql.append(c == 0 ? "" : ", ");
          if (row[c] == null) {
            sql.append("null");
          } else {
            values.add(row[c]);
            sql.append('?').append(values.size());
          }
        }
        sql.append(')');
      }
      var insert = em.createNativeQuery(sql.toString());
      for (int i = 0; i < values.size(); i++) {
        insert.setParameter(i + 1, values.get(i));
      }
      insert.executeUpdate();
    }
  }

  /** Lets go of a claimed row without an attempt (the node could not try it now). */
  @Transactional
  public void release(long deliveryId, String token) {
    em.createQuery(
            "update Delivery d set d.claimedBy = null, d.claimedUntil = null"
                + " where d.id = :id and d.claimedBy = :token")
        .setParameter("id", deliveryId)
        .setParameter("token", token)
        .executeUpdate();
  }

  /**
   * Lets go of claimed rows whose callback host has no room on this node now; no node claims them
   * before {@code until}, so that a busy host's rows are not claimed and let go again each cycle.
   */
  @Transactional
  public void defer(List<Long> deliveryIds, String token, Instant until) {
    em.createQuery(
            "update Delivery d set d.claimedBy = null, d.claimedUntil = :until"
                + " where d.id in :ids and d.claimedBy = :token")
        .setParameter("until", until)
        .setParameter("ids", deliveryIds)
        .setParameter("token", token)
        .executeUpdate();
  }

  /** Ends a subscription that should not receive anything any more, and what it still had. */
  @Transactional
  public void cancelPending(UUID subscriptionId, String reason) {
    em.createQuery(
            "update Delivery d set d.state = :cancelled, d.lastError = :reason,"
                + " d.claimedBy = null, d.claimedUntil = null"
                + " where d.subscriptionId = :s and d.state = :pending")
        .setParameter("cancelled", Delivery.State.cancelled.name())
        .setParameter("pending", Delivery.State.pending.name())
        .setParameter("reason", reason)
        .setParameter("s", subscriptionId)
        .executeUpdate();
  }

  /** The same change again, at the end of its subscription's queue: resending keeps the order. */
  @Transactional
  public Delivery resend(UUID partnerId, long deliveryId) {
    Delivery original = em.find(Delivery.class, deliveryId);
    if (original == null || !original.partnerId().equals(partnerId)) {
      throw new NotFound("Partner " + partnerId + " has no delivery " + deliveryId + ".");
    }
    if (original.state() == Delivery.State.pending) {
      throw new Conflict("Delivery " + deliveryId + " is still pending; it will be retried.");
    }
    Subscription subscription =
        em.find(Subscription.class, original.subscriptionId(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    if (!subscription.receives(now)) {
      throw new Conflict(
          "The subscription is " + subscription.status(now) + "; subscribe again first.");
    }
    Delivery copy = new Delivery(original, subscription.nextSeq(), now);
    em.persist(copy);
    em.flush();
    original.resentAs(copy.id());
    return copy;
  }

  public List<Delivery> of(UUID partnerId, UUID subscriptionId, String state, int limit) {
    StringBuilder query = new StringBuilder("select d from Delivery d where d.partnerId = :p");
    if (subscriptionId != null) {
      query.append(" and d.subscriptionId = :s");
    }
    if (state != null) {
      query.append(" and d.state = :state");
    }
    query.append(" order by d.id desc");
    var typed =
        em.createQuery(query.toString(), Delivery.class)
            .setParameter("p", partnerId)
            .setMaxResults(limit);
    if (subscriptionId != null) {
      typed.setParameter("s", subscriptionId);
    }
    if (state != null) {
      typed.setParameter("state", state);
    }
    return typed.getResultList();
  }

  public Map<Long, List<DeliveryAttempt>> attemptsOf(List<Long> deliveryIds) {
    if (deliveryIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select a from DeliveryAttempt a where a.deliveryId in :ids order by a.attemptedAt",
            DeliveryAttempt.class)
        .setParameter("ids", deliveryIds)
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(DeliveryAttempt::deliveryId));
  }

  @Transactional
  public void endSubscription(UUID subscriptionId, String reason) {
    end(subscriptionId, reason, Instant.now());
  }

  void end(UUID subscriptionId, String reason, Instant now) {
    Subscription subscription = em.find(Subscription.class, subscriptionId);
    if (subscription != null) {
      subscription.moveTo(Subscription.State.ended, reason, now);
    }
    cancelPending(subscriptionId, reason);
  }

  private List<Claim> withSubscriptions(List<Delivery> claimed) {
    if (claimed.isEmpty()) {
      return List.of();
    }
    Map<UUID, Subscription> subscriptions =
        em
            .createQuery("select s from Subscription s where s.id in :ids", Subscription.class)
            .setParameter("ids", claimed.stream().map(Delivery::subscriptionId).distinct().toList())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Subscription::id, Function.identity()));
    return claimed.stream().map(d -> new Claim(d, subscriptions.get(d.subscriptionId()))).toList();
  }
}

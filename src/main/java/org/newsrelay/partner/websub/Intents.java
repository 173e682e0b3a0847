package org.newsrelay.partner.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsrelay.websub.HubMode;
import org.newsrelay.websub.SubscriptionRequest;

/** Subscribe and unsubscribe requests until their verification decides them. */
@ApplicationScoped
public class Intents {
  @PersistenceContext EntityManager em;

  /** A request this node is verifying, with its subscription as it was when claimed. */
  public record Claim(Intent intent, Subscription subscription) {}

  /** Records a request; an older one still waiting for the same subscription no longer counts. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Intent request(Subscription subscription, SubscriptionRequest request) {
    em.createQuery(
            "update Intent i set i.state = :superseded, i.secret = null, i.decidedAt = :now"
                + " where i.subscriptionId = :s and i.state = :pending")
        .setParameter("superseded", Intent.State.superseded.name())
        .setParameter("pending", Intent.State.pending.name())
        .setParameter("now", Instant.now())
        .setParameter("s", subscription.id())
        .executeUpdate();
    Intent intent =
        request.mode() == HubMode.subscribe
            ? new Intent(
                subscription.id(), request.mode(), request.leaseSeconds(), request.secret())
            : new Intent(subscription.id(), request.mode(), null, null);
    em.persist(intent);
    return intent;
  }

  @Transactional
  public List<Claim> claimPending(String token, int limit) {
    Instant now = Instant.now();
    List<UUID> ids =
        em.createQuery(
                "select i.id from Intent i where i.state = :pending"
                    + " and (i.claimedUntil is null or i.claimedUntil < :now)"
                    + " order by i.requestedAt",
                UUID.class)
            .setParameter("pending", Intent.State.pending.name())
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    em.createQuery(
            "update Intent i set i.claimedBy = :token, i.claimedUntil = :lease"
                + " where i.id in :ids and i.state = :pending"
                + " and (i.claimedUntil is null or i.claimedUntil < :now)")
        .setParameter("pending", Intent.State.pending.name())
        .setParameter("token", token)
        .setParameter("lease", now.plus(Deliveries.LEASE))
        .setParameter("ids", ids)
        .setParameter("now", now)
        .executeUpdate();
    List<Intent> claimed =
        em.createQuery(
                "select i from Intent i where i.id in :ids and i.claimedBy = :token", Intent.class)
            .setParameter("ids", ids)
            .setParameter("token", token)
            .getResultList();
    if (claimed.isEmpty()) {
      return List.of();
    }
    Map<UUID, Subscription> subscriptions =
        em
            .createQuery("select s from Subscription s where s.id in :ids", Subscription.class)
            .setParameter("ids", claimed.stream().map(Intent::subscriptionId).toList())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Subscription::id, Function.identity()));
    return claimed.stream().map(i -> new Claim(i, subscriptions.get(i.subscriptionId()))).toList();
  }

  /**
   * Applies the subscriber's answer: a confirmed subscribe activates or renews the subscription, a
   * confirmed unsubscribe ends it; a refused first subscribe leaves it unverified (never active).
   */
  @Transactional
  public void decide(UUID intentId, String token, boolean confirmed, String detail) {
    Intent intent =
        em.find(Intent.class, intentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (intent == null
        || intent.state() != Intent.State.pending
        || !token.equals(intent.claimedBy())) {
      return;
    }
    Instant now = Instant.now();
    Subscription subscription = em.find(Subscription.class, intent.subscriptionId());
    if (!confirmed) {
      if (subscription.state() == Subscription.State.pending) {
        subscription.moveTo(Subscription.State.unverified, detail, now);
      }
      intent.decide(Intent.State.refused, detail, now);
      return;
    }
    if (intent.mode() == HubMode.subscribe) {
      subscription.activate(intent.leaseSeconds(), intent.secret(), now);
    } else {
      subscription.moveTo(Subscription.State.unsubscribed, "Unsubscribed by the subscriber.", now);
      em.createQuery(
              "update Delivery d set d.state = :cancelled, d.lastError = :reason,"
                  + " d.claimedBy = null, d.claimedUntil = null"
                  + " where d.subscriptionId = :s and d.state = :pending")
          .setParameter("cancelled", Delivery.State.cancelled.name())
          .setParameter("pending", Delivery.State.pending.name())
          .setParameter("reason", "Unsubscribed by the subscriber.")
          .setParameter("s", subscription.id())
          .executeUpdate();
    }
    intent.decide(Intent.State.verified, detail, now);
  }

  /** The newest request for a subscription, to show how its verification went. */
  public Intent latest(UUID subscriptionId) {
    return em
        .createQuery(
            "select i from Intent i where i.subscriptionId = :s order by i.requestedAt desc",
            Intent.class)
        .setParameter("s", subscriptionId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }
}

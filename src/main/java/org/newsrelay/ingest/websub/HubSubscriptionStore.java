package org.newsrelay.ingest.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsrelay.ingest.SourceHealth;
import org.newsrelay.ingest.websub.HubSubscription.State;
import org.newsrelay.websub.HubMode;
import org.newsrelay.websub.SubscriptionRequest;

/** The subscriptions' rows; every change of state is one short transaction here. */
@ApplicationScoped
@Transactional
public class HubSubscriptionStore {
  /** The columns' size; a longer hub or topic URL is not subscribed to. */
  private static final int MAX_URL = 2048;

  @PersistenceContext EntityManager em;

  @Inject SourceHealth health;

  /** Until when the source's hub pushes to us; null when it does not. */
  public Instant pushedUntil(UUID sourceId, Instant now) {
    return forSource(sourceId)
        .filter(s -> s.active(now))
        .map(HubSubscription::expiresAt)
        .orElse(null);
  }

  /** The source's subscription, unless it is only waiting to be unsubscribed. */
  public Optional<HubSubscription> forSource(UUID sourceId) {
    return em
        .createQuery(
            "select h from HubSubscription h where h.sourceId = :source and h.state <> :gone",
            HubSubscription.class)
        .setParameter("source", sourceId)
        .setParameter("gone", State.UNSUBSCRIBING.name())
        .getResultList()
        .stream()
        .findFirst();
  }

  public Map<UUID, HubSubscription> bySource() {
    return em
        .createQuery(
            "select h from HubSubscription h where h.state <> :gone", HubSubscription.class)
        .setParameter("gone", State.UNSUBSCRIBING.name())
        .getResultList()
        .stream()
        .collect(Collectors.toMap(HubSubscription::sourceId, Function.identity(), (a, b) -> a));
  }

  Optional<HubSubscription> byToken(String token) {
    return em
        .createQuery(
            "select h from HubSubscription h where h.callbackToken = :token", HubSubscription.class)
        .setParameter("token", token)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * A poll saw the feed's hub (or none): creates, retargets or parks the subscription, and claims a
   * subscribe request when one is due.
   */
  Optional<RequestToHub> noticed(
      UUID sourceId, String hub, String topic, String base, Instant now) {
    HubSubscription sub = forSource(sourceId).orElse(null);
    if (hub != null && (hub.length() > MAX_URL || topic.length() > MAX_URL)) {
      hub = null;
    }
    if (hub == null) {
      if (sub != null && sub.state() != State.ACTIVE) {
        em.remove(sub);
      } else if (sub != null) {
        // An active lease runs out by itself, and is not renewed for a feed that no longer has a
        // hub.
        sub.stopRenewing();
      }
      return Optional.empty();
    }
    if (sub == null) {
      sub = new HubSubscription(sourceId, hub, topic);
      em.persist(sub);
    } else if (!sub.hub().equals(hub) || !sub.topic().equals(topic)) {
      sub.retarget(hub, topic);
    }
    if (base == null) {
      sub.unavailable(HubSubscriptions.NO_PUBLIC_URL);
      return Optional.empty();
    }
    if (sub.state() == State.UNAVAILABLE) {
      sub.retarget(hub, topic);
    }
    if (sub.nextRequestAt() == null || sub.nextRequestAt().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(claim(sub, base, now));
  }

  /** Subscriptions whose subscribe or renewal is due, claimed so that one node sends each. */
  List<RequestToHub> claimDue(String base, Instant now, int limit) {
    List<HubSubscription> due =
        em.createQuery(
                "select h from HubSubscription h where h.nextRequestAt <= :now and h.state in"
                    + " :states order by h.nextRequestAt",
                HubSubscription.class)
            .setParameter("now", now)
            .setParameter(
                "states",
                List.of(
                    State.REQUESTED.name(),
                    State.ACTIVE.name(),
                    State.FAILED.name(),
                    State.DENIED.name()))
            .setMaxResults(limit)
            .getResultList();
    return due.stream()
        .filter(
            h ->
                em.createQuery(
                            "update HubSubscription h set h.nextRequestAt = :claim"
                                + " where h.id = :id and h.nextRequestAt = :seen")
                        .setParameter("claim", now.plus(HubSubscriptions.VERIFY_WITHIN))
                        .setParameter("id", h.id())
                        .setParameter("seen", h.nextRequestAt())
                        .executeUpdate()
                    == 1)
        .map(
            h -> {
              em.refresh(h);
              if (base == null) {
                h.unavailable(HubSubscriptions.NO_PUBLIC_URL);
                return null;
              }
              if (h.state() == State.REQUESTED
                  && h.requestedAt() != null
                  && h.verifiedAt() == null) {
                h.error(now, "The hub did not verify the subscription in time; asked again.");
              }
              return claim(h, base, now);
            })
        .filter(r -> r != null)
        .toList();
  }

  private static RequestToHub claim(HubSubscription sub, String base, Instant now) {
    sub.requesting(now, HubSubscriptions.VERIFY_WITHIN);
    return new RequestToHub(
        sub.id(),
        sub.hub(),
        new SubscriptionRequest(
            HubMode.subscribe,
            HubSubscriptions.callback(base, sub.callbackToken()),
            sub.topic(),
            (int) HubSubscriptions.REQUESTED_LEASE.toSeconds(),
            sub.secret()));
  }

  /** How the hub answered our request; {@code failure} is null when it accepted it. */
  void answered(UUID id, String failure, Instant now) {
    HubSubscription sub = em.find(HubSubscription.class, id);
    if (sub == null || failure == null) {
      return;
    }
    if (sub.state() == State.UNSUBSCRIBING) {
      // Best effort only: the hub will not confirm, so there is nothing left to wait for.
      em.remove(sub);
      return;
    }
    sub.requestFailed(now, failure, HubSubscriptions.RETRY_AFTER_FAILURE);
  }

  /** What a verification GET decided (W3C WebSub 5.3): the body to answer with, or refused. */
  record Verification(boolean confirmed, String body, UUID revokedSource) {}

  Verification verify(
      String token, String mode, String topic, String challenge, Integer lease, String reason) {
    HubSubscription sub = byToken(token).orElse(null);
    Instant now = Instant.now();
    if (sub == null || topic == null || !sub.topic().equals(topic) || mode == null) {
      return new Verification(false, null, null);
    }
    boolean hasChallenge = challenge != null && !challenge.isEmpty();
    HubMode hubMode;
    try {
      hubMode = HubMode.valueOf(mode);
    } catch (IllegalArgumentException e) {
      return new Verification(false, null, null);
    }
    switch (hubMode) {
      case subscribe:
        if (!hasChallenge
            || !(sub.state() == State.REQUESTED || sub.state() == State.ACTIVE)
            || sub.requestedAt() == null) {
          return new Verification(false, null, null);
        }
        sub.verified(now, lease);
        // In this transaction, so that a poll finishing meanwhile cannot undo it.
        health.pushedUntil(sub.sourceId(), sub.expiresAt());
        return new Verification(true, challenge, null);
      case unsubscribe:
        if (!hasChallenge || sub.state() != State.UNSUBSCRIBING) {
          return new Verification(false, null, null);
        }
        em.remove(sub);
        return new Verification(true, challenge, null);
      case denied:
        if (sub.state() == State.UNSUBSCRIBING) {
          em.remove(sub);
          return new Verification(true, "", null);
        }
        boolean wasActive = sub.active(now);
        sub.denied(now, reason);
        return new Verification(true, "", wasActive ? sub.sourceId() : null);
      default:
        return new Verification(false, null, null);
    }
  }

  /** The source is being deleted: ask the hub to stop, if it was ever asked to start. */
  Optional<RequestToHub> unsubscribing(UUID sourceId, String base, Instant now) {
    HubSubscription sub = forSource(sourceId).orElse(null);
    if (sub == null) {
      return Optional.empty();
    }
    if (base == null || sub.requestedAt() == null || sub.state() == State.UNAVAILABLE) {
      em.remove(sub);
      return Optional.empty();
    }
    sub.unsubscribing(now);
    return Optional.of(
        new RequestToHub(
            sub.id(),
            sub.hub(),
            new SubscriptionRequest(
                HubMode.unsubscribe,
                HubSubscriptions.callback(base, sub.callbackToken()),
                sub.topic(),
                null,
                null)));
  }

  /** Unsubscriptions the hub never confirmed are not waited for forever. */
  void forgetUnconfirmed(Instant before) {
    em.createQuery(
            "delete from HubSubscription h where h.state = :gone and h.requestedAt < :before")
        .setParameter("gone", State.UNSUBSCRIBING.name())
        .setParameter("before", before)
        .executeUpdate();
  }

  void error(UUID id, String reason) {
    HubSubscription sub = em.find(HubSubscription.class, id);
    if (sub != null) {
      sub.error(Instant.now(), reason);
    }
  }

  void pushed(UUID id, Instant at) {
    HubSubscription sub = em.find(HubSubscription.class, id);
    if (sub != null) {
      sub.pushed(at);
    }
  }
}

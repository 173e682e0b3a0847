package org.newsrelay.partner.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How far behind each of a partner's subscriptions is: its deliveries still to make (pending, the
 * oldest first written when) and those that gave up after a day (failed, which can be resent).
 */
@ApplicationScoped
public class Backlogs {
  @PersistenceContext EntityManager em;

  /** One subscription's backlog; a subscription with none has no row. */
  public record Backlog(UUID subscription, long pending, Instant oldestPending, long failed) {}

  public Map<UUID, Backlog> of(UUID partnerId) {
    Map<UUID, long[]> counts = new HashMap<>();
    Map<UUID, Instant> oldest = new HashMap<>();
    // Pending rows are few (the dispatcher's work), and the state index finds them.
    for (Object[] row :
        em.createQuery(
                "select d.subscriptionId, d.state, count(d), min(d.createdAt) from Delivery d"
                    + " where d.partnerId = :p and d.state in ('pending', 'failed')"
                    + " group by d.subscriptionId, d.state",
                Object[].class)
            .setParameter("p", partnerId)
            .getResultList()) {
      UUID subscription = (UUID) row[0];
      long[] count = counts.computeIfAbsent(subscription, s -> new long[2]);
      if (Delivery.State.pending.name().equals(row[1])) {
        count[0] = (Long) row[2];
        oldest.put(subscription, (Instant) row[3]);
      } else {
        count[1] = (Long) row[2];
      }
    }
    Map<UUID, Backlog> backlogs = new HashMap<>();
    counts.forEach((s, c) -> backlogs.put(s, new Backlog(s, c[0], oldest.get(s), c[1])));
    return backlogs;
  }
}

package org.newsrelay.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Usage per partner and day in the database; each node adds its own counts. */
@ApplicationScoped
public class UsageLedger {
  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void add(Usage u) {
    int updated =
        em.createNativeQuery(
                "update partner_usage set requests = requests + ?1, pushes = pushes + ?2,"
                    + " bytes_sent = bytes_sent + ?3, bytes_received = bytes_received + ?4,"
                    + " deliveries = deliveries + ?5, delivery_failures = delivery_failures + ?6"
                    + " where partner_id = ?7 and usage_day = ?8")
            .setParameter(1, u.requests())
            .setParameter(2, u.pushes())
            .setParameter(3, u.bytesSent())
            .setParameter(4, u.bytesReceived())
            .setParameter(5, u.deliveries())
            .setParameter(6, u.deliveryFailures())
            .setParameter(7, u.partnerId())
            .setParameter(8, Date.valueOf(u.day()))
            .executeUpdate();
    if (updated == 0) {
      // Two nodes inserting the same day at once: one fails, rolls back, and adds next time.
      em.createNativeQuery(
              "insert into partner_usage (partner_id, usage_day, requests, pushes, bytes_sent,"
                  + " bytes_received, deliveries, delivery_failures)"
                  + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
          .setParameter(1, u.partnerId())
          .setParameter(2, Date.valueOf(u.day()))
          .setParameter(3, u.requests())
          .setParameter(4, u.pushes())
          .setParameter(5, u.bytesSent())
          .setParameter(6, u.bytesReceived())
          .setParameter(7, u.deliveries())
          .setParameter(8, u.deliveryFailures())
          .executeUpdate();
    }
  }

  public List<Usage> of(UUID partnerId, LocalDate from, LocalDate to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select usage_day, requests, pushes, bytes_sent, bytes_received, deliveries,"
                    + " delivery_failures from partner_usage"
                    + " where partner_id = ?1 and usage_day >= ?2 and usage_day <= ?3 order by usage_day")
            .setParameter(1, partnerId)
            .setParameter(2, Date.valueOf(from))
            .setParameter(3, Date.valueOf(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Usage(
                    partnerId,
                    day(r[0]),
                    number(r[1]),
                    number(r[2]),
                    number(r[3]),
                    number(r[4]),
                    number(r[5]),
                    number(r[6])))
        .toList();
  }

  private static LocalDate day(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    return ((Date) value).toLocalDate();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}

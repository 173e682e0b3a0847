package org.newsrelay.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsrelay.platform.NativeRows;

/**
 * Who took what: per story, the partners that read it from the content API or were delivered it by
 * WebSub, and which versions, so that a kill or a correction can be followed up with each of them
 * (docs/partners.md, "Audience").
 */
@ApplicationScoped
public class Audience {
  @PersistenceContext EntityManager em;

  /** How a partner took a story. */
  public enum Channel {
    CONTENT,
    WEBSUB
  }

  /**
   * One partner's taking of one version by one channel.
   *
   * @param first the first read or delivery of that version; {@code last} the latest
   */
  public record Took(
      UUID partnerId,
      String partnerName,
      int version,
      Channel channel,
      Instant first,
      Instant last,
      long times) {}

  /**
   * A content API read by a partner, in its own transaction: the answer never waits on it, and two
   * nodes counting the same first read at once lose one count, never the request.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void read(UUID partnerId, UUID storyId, int version, Instant at) {
    int updated =
        em.createNativeQuery(
                "update partner_content_read set last_at = ?1, times = times + 1"
                    + " where story_id = ?2 and partner_id = ?3 and story_version = ?4")
            .setParameter(1, at)
            .setParameter(2, storyId)
            .setParameter(3, partnerId)
            .setParameter(4, version)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "insert into partner_content_read (story_id, partner_id, story_version, first_at,"
                  + " last_at, times) values (?1, ?2, ?3, ?4, ?4, 1)")
          .setParameter(1, storyId)
          .setParameter(2, partnerId)
          .setParameter(3, version)
          .setParameter(4, at)
          .executeUpdate();
    }
  }

  /**
   * Everything partners took of a story: content reads, then deliveries, by partner and version.
   */
  public List<Took> of(UUID storyId) {
    List<Took> took = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> reads =
        em.createNativeQuery(
                "select r.partner_id, p.name, r.story_version, r.first_at, r.last_at, r.times"
                    + " from partner_content_read r join partner p on p.id = r.partner_id"
                    + " where r.story_id = ?1 order by p.name, r.story_version")
            .setParameter(1, storyId)
            .getResultList();
    for (Object[] row : reads) {
      took.add(took(row, Channel.CONTENT));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> deliveries =
        em.createNativeQuery(
                "select d.partner_id, p.name, coalesce(d.story_version, 0), min(d.delivered_at),"
                    + " max(d.delivered_at), count(*)"
                    + " from websub_delivery d join partner p on p.id = d.partner_id"
                    + " where d.story_id = ?1 and d.state = 'delivered'"
                    + " group by d.partner_id, p.name, coalesce(d.story_version, 0)"
                    + " order by p.name, 3")
            .setParameter(1, storyId)
            .getResultList();
    for (Object[] row : deliveries) {
      took.add(took(row, Channel.WEBSUB));
    }
    return took;
  }

  private static Took took(Object[] row, Channel channel) {
    return new Took(
        NativeRows.uuid(row[0]),
        (String) row[1],
        ((Number) row[2]).intValue(),
        channel,
        NativeRows.instant(row[3]),
        NativeRows.instant(row[4]),
        ((Number) row[5]).longValue());
  }
}

package org.newsrelay.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * At start, announces every item still pending: one whose message was lost when the server stopped
 * between its commit and the announcement. Items whose message did survive are announced twice,
 * which stores them once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InboxSweep {
  private static final Logger LOG = Logger.getLogger(InboxSweep.class.getName());

  @PersistenceContext EntityManager em;
  @Inject IngestQueue queue;

  @PostConstruct
  void announcePending() {
    List<UUID> pending =
        em.createQuery(
                "select i.id from InboxItem i where i.status = :pending order by i.receivedAt",
                UUID.class)
            .setParameter("pending", InboxItem.Status.pending.name())
            .getResultList();
    if (!pending.isEmpty()) {
      LOG.info("Announcing " + pending.size() + " pending inbox items again");
      queue.announce(pending);
    }
  }
}

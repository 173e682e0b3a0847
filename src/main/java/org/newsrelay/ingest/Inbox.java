package org.newsrelay.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.platform.ClusterMembers;
import org.newsrelay.platform.StatementTimeouts;
import org.newsrelay.story.IncomingStories;

/**
 * The durable front door: an item is committed here before a 2xx is sent, and announced to the
 * worker once committed.
 */
@ApplicationScoped
public class Inbox implements IncomingStories {
  @PersistenceContext EntityManager em;

  @Inject IngestQueue queue;
  @Inject ClusterMembers members;
  @Inject IngestMetrics metrics;
  @Inject StatementTimeouts timeouts;

  /** What accepting an item did. */
  public record Receipt(UUID storyId, boolean changed) {}

  /**
   * Keeps the item once per origin and guid: the same content again changes nothing, different
   * content replaces it and is processed again.
   */
  @Transactional
  public Receipt accept(
      String origin, String guid, String contentType, String payload, JsonObject ninjs) {
    Incoming incoming = new Incoming(origin, guid, contentType, payload, ninjs);
    Kept kept = keep(incoming);
    // Written now, not at commit: a poll and a push (or a refresh and the poller) that store the
    // same item at once meet the unique (origin, guid) here, as a PersistenceException the caller
    // takes as "the other one won", instead of a RollbackException out of the commit.
    em.flush();
    if (kept.receipt().changed()) {
      queue.afterCommit(List.of(kept.itemId()));
      metrics.accepted(List.of(incoming));
    }
    return kept.receipt();
  }

  /** One item of a batch: what {@link #accept} takes. */
  public record Incoming(
      String origin, String guid, String contentType, String payload, JsonObject ninjs) {}

  /**
   * A wire's batch in one transaction: one commit (and one transaction log record) for the lot
   * instead of one per story, all of it kept or none, and announced together so that the worker
   * stores it together.
   */
  @Transactional
  public List<Receipt> acceptAll(List<Incoming> items) {
    List<Receipt> receipts = new ArrayList<>();
    List<UUID> changed = new ArrayList<>();
    List<Incoming> accepted = new ArrayList<>();
    // The batch's items already kept, in one query before anything is persisted: a query per item
    // after the first persist flushed and dirty-checked the batch so far before each one (measured:
    // a quarter of the server's CPU under batches of 50).
    Map<Key, InboxItem> known = existing(items);
    for (Incoming incoming : items) {
      Kept kept = keep(incoming, Optional.ofNullable(known.get(Key.of(incoming))));
      known.putIfAbsent(Key.of(incoming), kept.item());
      receipts.add(kept.receipt());
      if (kept.receipt().changed()) {
        changed.add(kept.itemId());
        accepted.add(incoming);
      }
    }
    // One flush for the batch (its inserts still go together), before the commit: see accept.
    em.flush();
    queue.afterCommit(changed);
    metrics.accepted(accepted);
    return receipts;
  }

  private record Kept(InboxItem item, Receipt receipt) {
    UUID itemId() {
      return item.id();
    }
  }

  private Kept keep(Incoming incoming) {
    return keep(incoming, find(incoming.origin(), incoming.guid()));
  }

  private Kept keep(Incoming incoming, Optional<InboxItem> existing) {
    String canonical = incoming.ninjs().toString();
    if (existing.isPresent()) {
      InboxItem item = existing.get();
      if (item.ninjs().equals(canonical)) {
        return new Kept(item, new Receipt(item.storyId(), false));
      }
      item.replace(incoming.contentType(), incoming.payload(), canonical, members.self());
      return new Kept(item, new Receipt(item.storyId(), true));
    }
    InboxItem item =
        new InboxItem(
            incoming.origin(),
            incoming.guid(),
            incoming.contentType(),
            incoming.payload(),
            canonical,
            members.self());
    em.persist(item);
    return new Kept(item, new Receipt(item.storyId(), true));
  }

  private record Key(String origin, String guid) {
    static Key of(Incoming incoming) {
      return new Key(incoming.origin(), incoming.guid());
    }
  }

  /**
   * The kept items of these, by origin and guid. A guid twice in one batch is kept once: the later
   * copy replaces the earlier, as two pushes would.
   */
  private Map<Key, InboxItem> existing(List<Incoming> items) {
    Map<Key, InboxItem> found = new HashMap<>();
    if (items.size() == 1) {
      // One push: the query without a list, whose translation Hibernate keeps (a list parameter's
      // is made again on every call: a tenth of the server's CPU under single pushes).
      Incoming only = items.get(0);
      find(only.origin(), only.guid()).ifPresent(item -> found.put(Key.of(only), item));
      return found;
    }
    Map<String, List<String>> guids = new HashMap<>();
    for (Incoming incoming : items) {
      guids.computeIfAbsent(incoming.origin(), o -> new ArrayList<>()).add(incoming.guid());
    }
    guids.forEach(
        (origin, ofOrigin) ->
            em.createQuery(
                    "select i from InboxItem i where i.origin = :origin and i.guid in :guids",
                    InboxItem.class)
                .setParameter("origin", origin)
                .setParameter("guids", ofOrigin)
                .getResultList()
                .forEach(item -> found.put(new Key(item.origin(), item.guid()), item)));
    return found;
  }

  public Optional<InboxItem> find(String origin, String guid) {
    List<InboxItem> found =
        em.createQuery(
                "select i from InboxItem i where i.origin = :origin and i.guid = :guid",
                InboxItem.class)
            .setParameter("origin", origin)
            .setParameter("guid", guid)
            .getResultList();
    return found.stream().findFirst();
  }

  public Optional<InboxItem> findByStory(UUID storyId) {
    return em
        .createQuery("select i from InboxItem i where i.storyId = :story", InboxItem.class)
        .setParameter("story", storyId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  public List<InboxItem> list(InboxItem.Status status, int limit) {
    return em.createQuery(
            "select i from InboxItem i where i.status = :status order by i.receivedAt desc",
            InboxItem.class)
        .setParameter("status", status.name())
        .setMaxResults(limit)
        .getResultList();
  }

  /** Processes a failed item again, as it was received. */
  @Transactional
  public Optional<InboxItem> retry(UUID itemId) {
    InboxItem item = em.find(InboxItem.class, itemId);
    if (item == null) {
      return Optional.empty();
    }
    if (item.status() == InboxItem.Status.failed) {
      item.retry(members.self());
      queue.afterCommit(List.of(item.id()));
    }
    return Optional.of(item);
  }

  @Override
  public Optional<IncomingStory> find(UUID storyId) {
    return findByStory(storyId)
        .map(
            i ->
                new IncomingStory(
                    i.storyId(),
                    i.origin(),
                    i.guid(),
                    i.status() == InboxItem.Status.failed ? "failed" : "incoming",
                    i.error(),
                    i.receivedAt()));
  }

  /** What waits in the inbox, for the metrics: two counts over the (status, received_at) index. */
  record Backlog(long pending, Instant oldestPending, long failed) {}

  @Transactional
  Backlog backlog() {
    timeouts.reading();
    Object[] pending =
        em.createQuery(
                "select count(i), min(i.receivedAt) from InboxItem i where i.status = :status",
                Object[].class)
            .setParameter("status", InboxItem.Status.pending.name())
            .getSingleResult();
    long failed =
        em.createQuery("select count(i) from InboxItem i where i.status = :status", Long.class)
            .setParameter("status", InboxItem.Status.failed.name())
            .getSingleResult();
    return new Backlog(((Number) pending[0]).longValue(), (Instant) pending[1], failed);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(UUID itemId, String reason) {
    InboxItem item = em.find(InboxItem.class, itemId);
    if (item != null) {
      item.failed(reason);
    }
  }
}

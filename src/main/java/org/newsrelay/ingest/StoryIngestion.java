package org.newsrelay.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.StatementTimeouts;
import org.newsrelay.story.StoryCopy;
import org.newsrelay.story.StoryService;
import org.newsrelay.text.TextEngine;

/** Processes inbox items into stored stories; processing one again changes nothing. */
@ApplicationScoped
public class StoryIngestion {
  @PersistenceContext EntityManager em;

  @Inject StoryService stories;
  @Inject StatementTimeouts timeouts;
  @Inject IngestMetrics metrics;

  private final CopyDesk desk = new CopyDesk(TextEngine.standard());

  /** An item read and its copy cleaned, before it is stored. */
  private record Taken(InboxItem item, StoryDraft draft, StoryCopy copy) {}

  /**
   * Stores the items in one transaction: one commit, and batched inserts, for a wire's batch.
   *
   * @return the stories created or revised, for their look-alike recheck once committed
   */
  @Transactional
  public List<UUID> process(List<UUID> itemIds) {
    // A batch waits on the row locks of another worker's batch (a subscription's outbox numbers)
    // for as long as that one takes: longer than a reader may wait, and it is no reader.
    timeouts.background();
    List<UUID> stored = new ArrayList<>();
    List<IngestMetrics.Stored> counted = new ArrayList<>();
    List<Taken> taken = new ArrayList<>();
    for (UUID itemId : itemIds) {
      InboxItem item = em.find(InboxItem.class, itemId);
      if (item == null || item.status() == InboxItem.Status.done) {
        continue;
      }
      StoryDraft draft;
      try {
        draft = Ninjs.read(Json.createReader(new StringReader(item.ninjs())).readObject());
      } catch (InvalidInput rejected) {
        // Retrying cannot mend the copy itself: record why (title and detail, as the inbox has
        // always shown it) and go on.
        item.failed(rejected.title() + ": " + rejected.detail());
        metrics.failed("unreadable");
        continue;
      }
      taken.add(new Taken(item, draft, desk.clean(draft, item.receivedAt())));
    }
    if (taken.size() > 1) {
      Map<UUID, StoryCopy> copies = new LinkedHashMap<>();
      taken.forEach(t -> copies.put(t.item().storyId(), t.copy()));
      stories.expect(copies);
    }
    for (Taken t : taken) {
      InboxItem item = t.item();
      UUID sourceId =
          item.origin().startsWith(Sources.ORIGIN_PREFIX)
              ? UUID.fromString(item.origin().substring(Sources.ORIGIN_PREFIX.length()))
              : null;
      StoryCopy copy = t.copy();
      if (stories.store(item.storyId(), item.origin(), t.draft().uri(), sourceId, copy)) {
        stored.add(item.storyId());
        counted.add(new IngestMetrics.Stored(item.origin(), copy.language(), item.receivedAt()));
      }
      item.done();
    }
    metrics.stored(counted);
    return stored;
  }
}

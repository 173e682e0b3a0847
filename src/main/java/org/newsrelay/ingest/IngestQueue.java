package org.newsrelay.ingest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells the worker that inbox items wait; sent in the caller's transaction, so it goes only if the
 * items are committed. A wire's batch goes as one message of up to {@link #BATCH} items, which the
 * worker stores in one transaction.
 */
@ApplicationScoped
public class IngestQueue {
  /** Enough to share one commit widely, few enough that a batch is visible within moments. */
  static final int BATCH = 50;

  @Inject JMSContext jms;

  @Resource(lookup = "java:/jms/queue/newsrelay/ingest")
  Queue queue;

  public void announce(UUID inboxItemId) {
    announce(List.of(inboxItemId));
  }

  public void announce(List<UUID> inboxItemIds) {
    for (int from = 0; from < inboxItemIds.size(); from += BATCH) {
      String ids =
          inboxItemIds.subList(from, Math.min(inboxItemIds.size(), from + BATCH)).stream()
              .map(UUID::toString)
              .collect(Collectors.joining(","));
      jms.createProducer().send(queue, ids);
    }
  }

  /** The items a message names; an item id is never empty, so neither is the list. */
  static List<UUID> itemsOf(String body) {
    List<UUID> ids = new ArrayList<>();
    for (String id : body.split(",")) {
      ids.add(UUID.fromString(id.strip()));
    }
    return ids;
  }
}

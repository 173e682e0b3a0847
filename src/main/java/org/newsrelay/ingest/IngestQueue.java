package org.newsrelay.ingest;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.newsrelay.platform.Transactions;

/**
 * Tells the worker that inbox items wait, once they are committed: a message names up to {@link
 * #BATCH} items, which the worker stores in one transaction.
 *
 * <p>The message is sent after the commit, not in the transaction: joining the inbox and the queue
 * cost every push a two-phase commit. Items committed within a few milliseconds of each other, a
 * wire's batch or many single pushes, share one message. Should the server stop between a commit
 * and its message, {@link InboxSweep} announces the item at the next start, and an item whose
 * message is lost otherwise (a database outage outlasting its redeliveries) within a minute or two;
 * an item announced twice is stored once.
 */
@ApplicationScoped
public class IngestQueue {
  /** Enough to share one commit widely, few enough that a batch is visible within moments. */
  static final int BATCH = 50;

  /**
   * How long committed items wait for company before they are sent. The worker's cost per message
   * (a transaction, the topics and subscriptions read once, a commit, the look-alike recheck) is
   * shared by the stories it names: at 5 ms, single pushes at 330/s shared it between 1.6 stories;
   * at 25 ms, a few hundred pushes a second fill messages of 8 to 17, for 20 ms more latency.
   */
  static final long LINGER_MILLIS = 25;

  /** After a failed send (the broker stopping or full), the items are tried again. */
  static final long RETRY_MILLIS = 1000;

  private static final Logger LOG = Logger.getLogger(IngestQueue.class.getName());

  @Resource(lookup = "java:/ConnectionFactory")
  ConnectionFactory factory;

  @Resource(lookup = "java:/jms/queue/newsrelay/ingest")
  Queue queue;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Transactions transactions;

  private final ConcurrentLinkedQueue<UUID> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean sending = new AtomicBoolean();

  /** Announces the items once the caller's transaction commits; at once outside a transaction. */
  public void afterCommit(List<UUID> inboxItemIds) {
    if (!inboxItemIds.isEmpty()) {
      List<UUID> ids = List.copyOf(inboxItemIds);
      transactions.afterCommit(() -> announce(ids));
    }
  }

  /** Announces items already committed. */
  public void announce(List<UUID> inboxItemIds) {
    waiting.addAll(inboxItemIds);
    if (sending.compareAndSet(false, true)) {
      sendIn(LINGER_MILLIS);
    }
  }

  private void sendIn(long millis) {
    try {
      scheduler.schedule(this::send, millis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopping) {
      // The application is stopping: what waits is announced by the sweep at the next start.
      sending.set(false);
    }
  }

  private void send() {
    try (JMSContext jms = factory.createContext()) {
      JMSProducer producer = jms.createProducer();
      for (List<UUID> batch = take(); !batch.isEmpty(); batch = take()) {
        try {
          producer.send(queue, batch.stream().map(UUID::toString).collect(Collectors.joining(",")));
        } catch (RuntimeException e) {
          waiting.addAll(batch);
          throw e;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Announcing inbox items failed; trying again in a second", e);
      sendIn(RETRY_MILLIS);
      return;
    }
    sending.set(false);
    // Items added while the flag was still set would otherwise wait for the next announcement.
    if (!waiting.isEmpty() && sending.compareAndSet(false, true)) {
      sendIn(0);
    }
  }

  private List<UUID> take() {
    List<UUID> batch = new ArrayList<>(BATCH);
    for (UUID id; batch.size() < BATCH && (id = waiting.poll()) != null; ) {
      batch.add(id);
    }
    return batch;
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

package org.newsrelay.ingest;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsrelay.platform.DatabaseUnavailable;
import org.newsrelay.story.Clustering;

/**
 * Takes inbox items off the durable queue, a message (one push, or a wire's batch) at a time; a
 * failure rolls back and Artemis delivers the message again.
 *
 * <p>Not in the message's transaction: the story is stored in a transaction of the database alone,
 * and the message is acknowledged once that committed. A crash in between delivers it again, which
 * changes nothing (the item is done). Joining the two in XA cost a two-phase commit and a
 * transaction log write for every story.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/newsrelay/ingest"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8"),
      // No prefetch: with a backlog, the first session would buffer the queue and work alone.
      @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
    })
public class IngestWorker implements MessageListener {
  private static final Logger LOG = Logger.getLogger(IngestWorker.class.getName());

  @Inject StoryIngestion ingestion;
  @Inject Inbox inbox;
  @Inject Clustering clustering;
  @Inject IngestMetrics metrics;

  @Override
  public void onMessage(Message message) {
    try {
      take(message);
    } catch (RuntimeException failed) {
      metrics.deliveryFailed(message);
      throw failed;
    }
  }

  private void take(Message message) {
    List<UUID> itemIds;
    try {
      itemIds = IngestQueue.itemsOf(message.getBody(String.class));
    } catch (JMSException | IllegalArgumentException | NullPointerException e) {
      LOG.warning("Dropping a message that names no inbox item: " + e.getMessage());
      return;
    }
    List<UUID> stored;
    try {
      stored = ingestion.process(itemIds);
    } catch (RuntimeException failed) {
      if (DatabaseUnavailable.is(failed)) {
        // Nothing is wrong with the items, and recording so would fail as well: they stay
        // pending, Artemis tries again, and after its last try the inbox sweep announces them.
        metrics.failed("database");
        LOG.warning(
            "The database did not answer while storing "
                + itemIds.size()
                + " inbox items; they stay pending: "
                + failed.getMessage());
        throw failed;
      }
      if (itemIds.size() == 1) {
        // Visible in the inbox now; the rollback below lets Artemis try again up to its limit.
        inbox.recordFailure(itemIds.get(0), reason(failed));
        metrics.failed("error");
        throw failed;
      }
      oneByOne(itemIds);
      return;
    }
    lookAgain(stored);
  }

  /**
   * One bad item must not hold back the rest of its batch: each is stored on its own, and the
   * message is delivered again for those that failed (the stored ones are done and skipped).
   */
  private void oneByOne(List<UUID> itemIds) {
    List<UUID> stored = new ArrayList<>();
    RuntimeException last = null;
    for (UUID itemId : itemIds) {
      try {
        stored.addAll(ingestion.process(List.of(itemId)));
      } catch (RuntimeException failed) {
        if (!DatabaseUnavailable.is(failed)) {
          inbox.recordFailure(itemId, reason(failed));
        }
        metrics.failed(DatabaseUnavailable.is(failed) ? "database" : "error");
        last = failed;
      }
    }
    lookAgain(stored);
    if (last != null) {
      throw last;
    }
  }

  /** Look-alikes committed meanwhile by other workers; the stories themselves are safe already. */
  private void lookAgain(List<UUID> stored) {
    if (stored.isEmpty()) {
      return;
    }
    try {
      clustering.recheck(stored);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Rechecking the clusters of " + stored.size() + " stories failed", e);
    }
  }

  private static String reason(RuntimeException failed) {
    return failed.getClass().getSimpleName() + ": " + failed.getMessage();
  }
}

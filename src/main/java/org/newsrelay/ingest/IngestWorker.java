package org.newsrelay.ingest;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Takes inbox items off the durable queue; a failure rolls back and Artemis delivers it again.
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
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
    })
public class IngestWorker implements MessageListener {
  private static final Logger LOG = Logger.getLogger(IngestWorker.class.getName());

  @Inject StoryIngestion ingestion;
  @Inject Inbox inbox;

  @Override
  public void onMessage(Message message) {
    UUID itemId;
    try {
      itemId = UUID.fromString(message.getBody(String.class));
    } catch (JMSException | IllegalArgumentException e) {
      LOG.warning("Dropping a message that names no inbox item: " + e.getMessage());
      return;
    }
    try {
      ingestion.process(itemId);
    } catch (RuntimeException e) {
      // Visible in the inbox now; the rollback below lets Artemis try again up to its limit.
      inbox.recordFailure(itemId, e.getClass().getSimpleName() + ": " + e.getMessage());
      throw e;
    }
  }
}

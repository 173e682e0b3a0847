package org.newsrelay.ingest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.UUID;

/**
 * Tells the worker an inbox item waits; sent in the caller's transaction, so it goes only if the
 * item is committed.
 */
@ApplicationScoped
public class IngestQueue {
  @Inject JMSContext jms;

  @Resource(lookup = "java:/jms/queue/newsrelay/ingest")
  Queue queue;

  public void announce(UUID inboxItemId) {
    jms.createProducer().send(queue, inboxItemId.toString());
  }
}

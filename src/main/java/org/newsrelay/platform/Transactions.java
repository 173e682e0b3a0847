package org.newsrelay.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * What the caller's transaction holds for it: answers asked once, and work for after its commit.
 */
@ApplicationScoped
public class Transactions {
  @Resource TransactionSynchronizationRegistry registry;

  /**
   * The value computed once in this transaction under this key; computed each time outside one. A
   * batch of stories stored together asks "which topics are there?" once, not once per story:
   * within one transaction the answer is as good as asking again.
   */
  @SuppressWarnings("unchecked")
  public <T> T once(String key, Supplier<T> compute) {
    if (registry.getTransactionKey() == null) {
      return compute.get();
    }
    Object known = registry.getResource(key);
    if (known == null) {
      known = compute.get();
      registry.putResource(key, known);
    }
    return (T) known;
  }

  /**
   * Runs the action once this transaction has committed (never if it rolls back); now outside one.
   */
  public void afterCommit(Runnable action) {
    if (registry.getTransactionKey() == null) {
      action.run();
      return;
    }
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
            }
          }
        });
  }
}

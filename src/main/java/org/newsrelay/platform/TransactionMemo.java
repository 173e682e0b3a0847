package org.newsrelay.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * Answers asked once per transaction: a batch of stories stored together asks "which topics are
 * there?" once, not once per story. Within one transaction the answer is as good as asking again.
 */
@ApplicationScoped
public class TransactionMemo {
  @Resource TransactionSynchronizationRegistry registry;

  /** The value computed once in this transaction under this key; computed each time outside one. */
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
}

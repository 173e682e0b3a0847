package org.newsrelay.partner;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.Serializable;
import java.util.UUID;
import java.util.concurrent.ConcurrentMap;

/**
 * Whether a partner's keys or terms changed anywhere since a cached answer was read. Each node
 * caches keys ({@link PartnerKeys}) and entitlements ({@link Entitlements}) in its own memory and
 * forgets a partner's at once when the change is its own; a change on another node reaches it as a
 * new token in WildFly's Infinispan cache {@value #JNDI} (wildfly-config/50-feed-cache.cli: local
 * on one server, replicated on a cluster), which every cached answer is checked against. A token
 * read before an answer is loaded makes a load that raced a change be read again.
 */
@ApplicationScoped
public class PartnerNews {
  static final String JNDI = "java:jboss/infinispan/cache/newsrelay/partners";
  private static final String KEY = "partners-changed";

  // Typed as the map it is, so the application needs no Infinispan API of its own.
  @Resource(lookup = JNDI)
  ConcurrentMap<String, Serializable> store;

  /** The token now: an answer read under another one may be stale. */
  Object current() {
    Serializable token = store.get(KEY);
    return token == null ? "" : token;
  }

  /** Partners changed: every node's cached answers are stale from now. */
  void changed() {
    store.put(KEY, UUID.randomUUID().toString());
  }

  void published(@Observes(during = TransactionPhase.AFTER_COMPLETION) PartnerChanged change) {
    changed();
  }
}

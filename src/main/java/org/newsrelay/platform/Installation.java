package org.newsrelay.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * What this installation keeps about itself in the database (table platform_installation), so that
 * every node of a cluster agrees: secrets generated on the first start, and one-time facts.
 */
@ApplicationScoped
public class Installation {
  @PersistenceContext EntityManager em;
  @Inject Installation self;

  private final SecureRandom random = new SecureRandom();

  /** A random secret of 32 bytes, created the first time any node asks for it and kept. */
  public byte[] secret(String name) {
    Optional<String> kept = read(name);
    if (kept.isEmpty()) {
      byte[] fresh = new byte[32];
      random.nextBytes(fresh);
      try {
        self.record(name, Base64.getEncoder().encodeToString(fresh));
      } catch (RuntimeException raced) {
        // Another node created it at the same moment: its secret is the one.
      }
      kept = read(name);
    }
    return Base64.getDecoder().decode(kept.orElseThrow());
  }

  @Transactional
  public boolean has(String name) {
    return read(name).isPresent();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String name, String content) {
    em.createNativeQuery(
            "insert into platform_installation (name, content, created_at) values (?1, ?2, ?3)")
        .setParameter(1, name)
        .setParameter(2, content)
        .setParameter(3, Instant.now())
        .executeUpdate();
  }

  @Transactional
  Optional<String> read(String name) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("select content from platform_installation where name = ?1")
            .setParameter(1, name)
            .getResultList();
    return rows.stream().map(String::valueOf).findFirst();
  }
}

package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Transactions;

/**
 * Which origins are trusted: their stories are published as they arrive; the others' wait as
 * incoming until an editor publishes them. Every origin is trusted until an admin says otherwise.
 */
@ApplicationScoped
@Transactional
public class Origins {
  private static final Pattern ORIGIN = Pattern.compile("(source|push):[^\\s]{1,290}");

  private static final String TRUSTED = Origins.class.getName() + ".trusted|";

  @PersistenceContext EntityManager em;
  @Inject Transactions transactions;

  /**
   * Asked once per origin and transaction: a batch's stories share their origin, and most origins
   * have no row, which the persistence context does not remember (a select per story, 4% of the
   * server's CPU under batches).
   */
  public boolean trusted(String origin) {
    return transactions.once(
        TRUSTED + origin,
        () -> {
          OriginTrust trust = em.find(OriginTrust.class, origin);
          return trust == null || trust.trusted();
        });
  }

  public OriginTrust set(String origin, boolean trusted, String actor) {
    if (origin == null || !ORIGIN.matcher(origin).matches()) {
      throw new InvalidInput("An origin is \"source:<source id>\" or \"push:<account>\".");
    }
    OriginTrust trust = em.find(OriginTrust.class, origin);
    if (trust == null) {
      trust = new OriginTrust(origin);
      trust.set(trusted, actor);
      em.persist(trust);
    } else {
      trust.set(trusted, actor);
    }
    return trust;
  }

  public List<OriginTrust> all() {
    return em.createNamedQuery("OriginTrust.all", OriginTrust.class).getResultList();
  }
}

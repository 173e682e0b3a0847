package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import org.newsrelay.platform.InvalidInput;

/**
 * Which origins are trusted: their stories are published as they arrive; the others' wait as
 * incoming until an editor publishes them. Every origin is trusted until an admin says otherwise.
 */
@ApplicationScoped
@Transactional
public class Origins {
  private static final Pattern ORIGIN = Pattern.compile("(source|push):[^\\s]{1,290}");

  @PersistenceContext EntityManager em;

  public boolean trusted(String origin) {
    OriginTrust trust = em.find(OriginTrust.class, origin);
    return trust == null || trust.trusted();
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

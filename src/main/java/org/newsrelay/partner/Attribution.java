package org.newsrelay.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.story.OriginNames;
import org.newsrelay.story.Readership;

/**
 * Whose story it is: a wire partner's pushes carry the origin "push:partner:&lt;id&gt;", set from
 * its key and never from the story itself, so the feeds can name the partner (not its id).
 */
@ApplicationScoped
public class Attribution implements OriginNames {
  private static final String PUSH = Readership.pushOrigin("");

  @PersistenceContext EntityManager em;

  @Override
  public Map<String, String> namesOf(Collection<String> origins) {
    Map<UUID, String> originOf = new HashMap<>();
    for (String origin : new HashSet<>(origins)) {
      partnerId(origin).ifPresent(id -> originOf.put(id, origin));
    }
    Map<String, String> names = new HashMap<>();
    if (originOf.isEmpty()) {
      return names;
    }
    for (Object[] row :
        em.createQuery("select p.id, p.name from Partner p where p.id in :ids", Object[].class)
            .setParameter("ids", originOf.keySet())
            .getResultList()) {
      names.put(originOf.get((UUID) row[0]), (String) row[1]);
    }
    return names;
  }

  static Optional<UUID> partnerId(String origin) {
    if (origin == null || !origin.startsWith(PUSH)) {
      return Optional.empty();
    }
    return PartnerCaller.partnerNamed(origin.substring(PUSH.length()));
  }
}

package org.newsrelay.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.platform.Conflict;
import org.newsrelay.platform.NotFound;

/** Partner accounts, kept by admins. */
@ApplicationScoped
public class Partners {
  @PersistenceContext EntityManager em;

  @Inject Event<PartnerChanged> changes;

  @Transactional
  public Partner create(PartnerTerms terms) {
    refuseTakenName(terms.name(), null);
    Partner partner = new Partner(terms);
    em.persist(partner);
    return partner;
  }

  @Transactional
  public Partner update(UUID id, PartnerTerms terms) {
    Partner partner = require(id);
    refuseTakenName(terms.name(), id);
    partner.apply(terms);
    changes.fire(new PartnerChanged(id, null));
    return partner;
  }

  public Optional<Partner> find(UUID id) {
    return Optional.ofNullable(em.find(Partner.class, id));
  }

  /** The partner, or a 404 problem. */
  public Partner require(UUID id) {
    return find(id).orElseThrow(() -> new NotFound("There is no partner " + id + "."));
  }

  public List<Partner> all() {
    return em.createQuery("select p from Partner p order by p.name", Partner.class).getResultList();
  }

  private void refuseTakenName(String name, UUID except) {
    List<UUID> taken =
        em.createQuery("select p.id from Partner p where p.name = :name", UUID.class)
            .setParameter("name", name)
            .getResultList();
    if (taken.stream().anyMatch(id -> !id.equals(except))) {
      throw new Conflict("There is a partner named \"" + name + "\".");
    }
  }
}

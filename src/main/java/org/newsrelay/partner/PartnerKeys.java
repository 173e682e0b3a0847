package org.newsrelay.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.feed.FeedEntitlements;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.NotFound;

/**
 * Issues, lists and revokes API keys, and tells who a presented key belongs to. Lookups are cached;
 * a revocation empties the cache when it commits, before its response is sent, so the next request
 * with that key is refused.
 */
@ApplicationScoped
public class PartnerKeys implements FeedEntitlements {
  /**
   * How long another node's revocation may take to reach this one should {@link PartnerNews} not
   * carry it (see docs/partners.md).
   */
  static final Duration CACHE_TTL = Duration.ofSeconds(30);

  @PersistenceContext EntityManager em;

  @Inject Partners partners;
  @Inject Event<PartnerChanged> changes;
  @Inject PartnerNews news;

  private final KeyCache cache = new KeyCache(CACHE_TTL.toNanos(), 100_000, () -> news.current());

  /** A key just issued: the only moment its full text exists outside the partner. */
  public record IssuedKey(PartnerKey record, String key) {}

  @Transactional
  public IssuedKey issue(UUID partnerId, String label) {
    partners.require(partnerId);
    if (label != null && label.length() > 200) {
      throw new InvalidInput("\"label\" is longer than 200 characters.");
    }
    String key = ApiKeys.generate();
    PartnerKey record = new PartnerKey(partnerId, key, label);
    em.persist(record);
    return new IssuedKey(record, key);
  }

  public List<PartnerKey> of(UUID partnerId) {
    return em.createQuery(
            "select k from PartnerKey k where k.partnerId = :partner order by k.createdAt",
            PartnerKey.class)
        .setParameter("partner", partnerId)
        .getResultList();
  }

  @Transactional
  public PartnerKey revoke(UUID partnerId, UUID keyId) {
    PartnerKey key = em.find(PartnerKey.class, keyId);
    if (key == null || !key.partnerId().equals(partnerId)) {
      throw new NotFound("Partner " + partnerId + " has no key " + keyId + ".");
    }
    key.revoke();
    changes.fire(new PartnerChanged(partnerId, key.keyHash()));
    return key;
  }

  /** The caller a presented key stands for; empty for anything that is not a live key. */
  public Optional<PartnerCaller> identify(String presented) {
    if (!ApiKeys.wellFormed(presented)) {
      return Optional.empty();
    }
    return cache.get(ApiKeys.hash(presented), this::load);
  }

  /** For feed: a partner-only topic is read with a live key whose partner is entitled to it. */
  @Override
  public boolean mayRead(String presented, String lang, String topicSlug) {
    return identify(presented).map(caller -> caller.mayRead(lang, topicSlug)).orElse(false);
  }

  /** Records that keys were used, at most once a minute each (see {@link UsageMeter}). */
  @Transactional
  public void recordUse(Map<UUID, Instant> lastUse) {
    lastUse.forEach(
        (keyId, at) ->
            em.createQuery(
                    "update PartnerKey k set k.lastUsedAt = :at where k.id = :id"
                        + " and (k.lastUsedAt is null or k.lastUsedAt < :at)")
                .setParameter("at", at)
                .setParameter("id", keyId)
                .executeUpdate());
  }

  void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) PartnerChanged change) {
    if (change.keyHash() != null) {
      cache.invalidateHash(change.keyHash());
    }
    cache.invalidatePartner(change.partnerId());
  }

  private Optional<PartnerCaller> load(String hash) {
    List<Object[]> rows =
        em.createQuery(
                "select k, p from PartnerKey k, Partner p where k.keyHash = :hash"
                    + " and k.revokedAt is null and p.id = k.partnerId",
                Object[].class)
            .setParameter("hash", hash)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    PartnerKey key = (PartnerKey) rows.get(0)[0];
    Partner partner = (Partner) rows.get(0)[1];
    return Optional.of(
        new PartnerCaller(
            key.id(),
            partner.id(),
            partner.name(),
            partner.roles(),
            Set.copyOf(partner.topics()),
            Set.copyOf(partner.languages()),
            partner.readsPerMinute(),
            partner.pushesPerMinute()));
  }
}

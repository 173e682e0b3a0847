package org.newsrelay.partner.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.feed.FeedService;
import org.newsrelay.http.AddressAllowlist;
import org.newsrelay.http.FetchException;
import org.newsrelay.http.UrlCheck;
import org.newsrelay.partner.Entitlements;
import org.newsrelay.partner.Partner;
import org.newsrelay.partner.Partners;
import org.newsrelay.platform.DomainException;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.NotPermitted;
import org.newsrelay.platform.Settings;
import org.newsrelay.websub.HubMode;
import org.newsrelay.websub.SubscriptionRequest;

/**
 * Takes subscribe and unsubscribe requests (W3C WebSub 5.1): everything that can be judged at once
 * is, with a 4xx; what is left, the subscriber's confirmation, is recorded and verified by the
 * dispatcher after the 202.
 */
@ApplicationScoped
public class Hub {
  @PersistenceContext EntityManager em;

  @Inject Partners partners;
  @Inject Entitlements entitlements;
  @Inject FeedService feeds;
  @Inject Intents intents;
  @Inject Dispatcher dispatcher;
  @Inject Event<IntentRecorded> recorded;

  /** The same checks a polled source's URL gets, under the same allowlist. */
  private final UrlCheck callbacks = new UrlCheck(AddressAllowlist.configured(Settings.current()));

  /** What the hub accepted: the subscription and the request now being verified. */
  public record Accepted(Subscription subscription, Intent intent) {}

  /** Fired when a request is recorded, so that verification starts as soon as it commits. */
  public record IntentRecorded(UUID intentId) {}

  @Transactional
  public Accepted request(UUID partnerId, SubscriptionRequest request, List<URI> bases) {
    Partner partner = partners.require(partnerId);
    if (!partner.roles().contains(Partner.SUBSCRIBER)) {
      throw new NotPermitted("Only partners with the role subscriber can subscribe.");
    }
    HubTopic topic = topic(partnerId, request.topic(), bases);
    try {
      callbacks.check(request.callback());
    } catch (FetchException e) {
      throw new InvalidInput("hub.callback is refused: " + e.getMessage());
    }
    String callback = request.callback().toString();
    String identity = identity(topic.url().toString(), callback);
    Optional<Subscription> existing = find(partnerId, identity);
    Subscription subscription;
    if (request.mode() == HubMode.unsubscribe) {
      subscription =
          existing.orElseThrow(
              () -> new NotFound("There is no subscription of this callback to this topic."));
    } else {
      subscription = existing.orElseGet(() -> create(partnerId, topic, callback, identity));
    }
    Intent intent = intents.request(subscription, request);
    recorded.fire(new IntentRecorded(intent.id()));
    return new Accepted(subscription, intent);
  }

  void verifySoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) IntentRecorded intent) {
    dispatcher.wake();
  }

  public List<Subscription> of(UUID partnerId) {
    return em.createQuery(
            "select s from Subscription s where s.partnerId = :p order by s.createdAt",
            Subscription.class)
        .setParameter("p", partnerId)
        .getResultList();
  }

  public Optional<Subscription> find(UUID partnerId, UUID subscriptionId) {
    return Optional.ofNullable(em.find(Subscription.class, subscriptionId))
        .filter(s -> s.partnerId().equals(partnerId));
  }

  /**
   * The same answer whether the feed does not exist or the partner may not read it: the hub does
   * not reveal what a partner is not entitled to.
   */
  private HubTopic topic(UUID partnerId, String given, List<URI> bases) {
    InvalidInput notAFeed =
        new InvalidInput("hub.topic is not a feed of ours that you can subscribe to.");
    HubTopic topic = HubTopic.parse(given, bases).orElseThrow(() -> notAFeed);
    if (!entitlements.mayRead(partnerId, topic.lang(), topic.slug())) {
      throw notAFeed;
    }
    try {
      feeds.render(topic.lang(), topic.slug(), topic.extension(), topic.base());
    } catch (DomainException missing) {
      throw notAFeed;
    }
    return topic;
  }

  private Optional<Subscription> find(UUID partnerId, String identity) {
    return em
        .createQuery(
            "select s from Subscription s where s.partnerId = :p and s.identityHash = :h",
            Subscription.class)
        .setParameter("p", partnerId)
        .setParameter("h", identity)
        .getResultList()
        .stream()
        .findFirst();
  }

  private Subscription create(UUID partnerId, HubTopic topic, String callback, String identity) {
    Subscription subscription = new Subscription(partnerId, topic, callback, identity);
    em.persist(subscription);
    return subscription;
  }

  static String identity(String topic, String callback) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(topic.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(callback.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.newsrelay.partner.websub;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsrelay.feed.FeedService.FeedDocument;
import org.newsrelay.http.AddressAllowlist;
import org.newsrelay.partner.Entitlements;
import org.newsrelay.partner.UsageMeter;
import org.newsrelay.platform.DomainException;
import org.newsrelay.platform.Settings;
import org.newsrelay.websub.HubSignature;

/**
 * Works the outbox and the verifications. Each cycle claims the due heads of up to a few hundred
 * subscriptions (never two rows of one subscription at once, so each is delivered in order) and
 * hands each delivery to the WebSub executor; outcomes are recorded in batches, one transaction for
 * many deliveries, after which the subscriptions' next rows become heads for the next cycle. Woken
 * after each commit that wrote rows, after each recorded batch, and every second by {@link
 * DispatchClock} for retries and for rows another node wrote.
 *
 * <p>One slow subscriber holds one thread, for at most {@link #DEADLINE}: the other deliveries of
 * its batch run beside it and are recorded at the next tick. A host whose answers are slow gets
 * {@link #PER_SLOW_HOST} deliveries at a time instead of {@link #PER_HOST}; its other claimed rows
 * step aside for a second.
 */
@ApplicationScoped
public class Dispatcher {
  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

  /** Deliveries claimed and not yet recorded on this node. */
  static final int CAPACITY = 512;

  /** Deliveries claimed per cycle. */
  static final int BATCH = 256;

  /** Outcomes recorded per transaction. */
  static final int FLUSH = 32;

  /** Verifications in flight at once. */
  static final int VERIFYING = 16;

  /** A claim this old is not delivered any more: its lease may run out before the answer comes. */
  static final long STALE_CLAIM_NANOS = Deliveries.LEASE.minusSeconds(30).toNanos();

  /** Simultaneous deliveries (and connections) to one callback host. */
  static final int PER_HOST = 32;

  /**
   * ...to a host whose last answer was slow: a host with many subscriptions that all trickle must
   * not take the executor's threads from everyone else's deliveries.
   */
  static final int PER_SLOW_HOST = 4;

  /** An answer slower than this makes its host slow until an answer is quicker again. */
  static final Duration SLOW = Duration.ofSeconds(2);

  /** The most one delivery or verification may take in all (CallbackClient). */
  static final Duration DEADLINE = Duration.ofSeconds(15);

  /** A claim its host has no room for now steps aside for this long. */
  static final Duration DEFER = Duration.ofSeconds(1);

  static final String SEQUENCE_HEADER = "X-Newsrelay-Sequence";
  static final String STORY_HEADER = "X-Newsrelay-Story";
  static final String CHANGE_HEADER = "X-Newsrelay-Change";

  @Resource(lookup = "java:jboss/ee/concurrency/executor/newsrelay-websub")
  ManagedExecutorService executor;

  @Inject Deliveries deliveries;
  @Inject Intents intents;
  @Inject FeedSnapshots snapshots;
  @Inject UsageMeter usage;
  @Inject Entitlements entitlements;

  /** This node's name on the rows it claims. */
  private final String token = UUID.randomUUID().toString();

  private final Backoff backoff = Backoff.STANDARD;
  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger outstanding = new AtomicInteger();
  private final AtomicInteger verifying = new AtomicInteger();
  private final ConcurrentLinkedQueue<Deliveries.Outcome> outcomes = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private volatile boolean stopping;
  private CallbackClient client;
  private final DispatchStall stall = new DispatchStall();

  /** Per callback host and port: deliveries in flight (or queued) and how quick the last was. */
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

  private static final class Host {
    final AtomicInteger inFlight = new AtomicInteger();
    volatile boolean slow;

    boolean tryEnter() {
      int limit = slow ? PER_SLOW_HOST : PER_HOST;
      for (int now = inFlight.get(); now < limit; now = inFlight.get()) {
        if (inFlight.compareAndSet(now, now + 1)) {
          return true;
        }
      }
      return false;
    }

    void answered(CallbackResult result) {
      slow = result.status() == null || result.duration().compareTo(SLOW) > 0;
    }
  }

  @PostConstruct
  void open() {
    client =
        new CallbackClient(
            AddressAllowlist.configured(Settings.current()),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            DEADLINE,
            PER_HOST);
  }

  @PreDestroy
  void close() {
    stopping = true;
    flush();
    client.close();
  }

  /** Asks for a dispatch cycle soon; cheap, and at most one is queued at a time. */
  public void wake() {
    if (stopping || !scheduled.compareAndSet(false, true)) {
      return;
    }
    stall.asked();
    try {
      executor.execute(
          () -> {
            scheduled.set(false);
            cycle();
          });
    } catch (RejectedExecutionException e) {
      scheduled.set(false);
    } catch (RuntimeException e) {
      // Left set, the flag would turn every later wake into nothing, for good.
      scheduled.set(false);
      LOG.log(Level.WARNING, "Could not ask for a WebSub dispatch cycle; the clock asks again", e);
    }
  }

  /** Logs a stall, if there is one (by {@link DispatchClock}, every second). */
  void checkStall() {
    if (stall.check(scheduled.get(), running.get(), outstanding.get(), verifying.get())) {
      // Asked for long ago and never begun while nothing runs: ask again rather than never.
      scheduled.set(false);
    }
  }

  void cycle() {
    again.set(true);
    if (!running.compareAndSet(false, true)) {
      return;
    }
    stall.started();
    try {
      while (again.getAndSet(false) && !stopping) {
        // Outcomes left over by a batch that has not filled up are recorded at least every tick.
        flush();
        verify();
        deliver();
      }
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "A WebSub dispatch cycle failed; the next one tries again", e);
    } finally {
      stall.ended();
      running.set(false);
    }
    if (again.get()) {
      wake();
    }
  }

  private void deliver() {
    int room = Math.min(BATCH, CAPACITY - outstanding.get());
    if (room <= 0) {
      return;
    }
    List<Deliveries.Claim> claims = deliveries.claimHeads(token, room);
    if (claims.isEmpty()) {
      return;
    }
    long claimedAt = System.nanoTime();
    outstanding.addAndGet(claims.size());
    AtomicInteger left = new AtomicInteger(claims.size());
    List<Long> deferred = new ArrayList<>();
    for (Deliveries.Claim claim : claims) {
      Host host = hostOf(claim);
      if (!host.tryEnter()) {
        // Its host is busy: the others of this batch go ahead, this one comes back shortly.
        outstanding.decrementAndGet();
        left.decrementAndGet();
        deferred.add(claim.delivery().id());
        continue;
      }
      try {
        executor.execute(
            () -> {
              try {
                attempt(claim, claimedAt, host);
              } catch (RuntimeException | Error e) {
                // The row stays claimed until its lease runs out, then it is tried again.
                outstanding.decrementAndGet();
                LOG.log(Level.WARNING, "A WebSub delivery failed unexpectedly", e);
              } finally {
                host.inFlight.decrementAndGet();
                if (left.decrementAndGet() == 0) {
                  flush();
                }
              }
            });
      } catch (RejectedExecutionException e) {
        host.inFlight.decrementAndGet();
        outstanding.decrementAndGet();
        left.decrementAndGet();
        deliveries.release(claim.delivery().id(), token);
      }
    }
    if (!deferred.isEmpty()) {
      deliveries.defer(deferred, token, Instant.now().plus(DEFER));
    }
  }

  /** Subscriptions at one host and port share its room; an odd callback URL has its own. */
  private Host hostOf(Deliveries.Claim claim) {
    String key;
    try {
      URI callback = URI.create(claim.subscription().callback());
      key = (callback.getHost() + ":" + callback.getPort()).toLowerCase(java.util.Locale.ROOT);
    } catch (RuntimeException e) {
      key = "?";
    }
    return hosts.computeIfAbsent(key, k -> new Host());
  }

  /** Makes one delivery and queues its outcome for recording. */
  private void attempt(Deliveries.Claim claim, long claimedAt, Host host) {
    Subscription subscription = claim.subscription();
    Delivery delivery = claim.delivery();
    Instant now = Instant.now();
    if (stopping || System.nanoTime() - claimedAt > STALE_CLAIM_NANOS) {
      outstanding.decrementAndGet();
      deliveries.release(delivery.id(), token);
      return;
    }
    if (subscription == null || !subscription.receives(now)) {
      outstanding.decrementAndGet();
      deliveries.cancelPending(
          delivery.subscriptionId(),
          "The subscription is "
              + (subscription == null ? "gone" : subscription.status(now))
              + "; nothing more is delivered to it.");
      return;
    }
    HubTopic topic = subscription.hubTopic();
    if (!entitlements.mayRead(subscription.partnerId(), topic.lang(), topic.slug())) {
      outstanding.decrementAndGet();
      deliveries.endSubscription(
          subscription.id(), "The partner is no longer entitled to this feed.");
      return;
    }
    FeedDocument document;
    try {
      document = snapshots.of(topic, claimedAt);
    } catch (DomainException gone) {
      // The feed is no more (its topic deleted) or refuses the request it once took.
      outstanding.decrementAndGet();
      deliveries.cancelPending(subscription.id(), "The feed no longer exists.");
      return;
    }
    byte[] body = document.body().getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Link", "<" + topic.hub() + ">; rel=\"hub\", <" + topic.url() + ">; rel=\"self\"");
    if (subscription.signed()) {
      headers.put(HubSignature.HEADER, HubSignature.sha256(subscription.secret(), body));
    }
    headers.put(SEQUENCE_HEADER, Long.toString(delivery.seq()));
    if (delivery.storyId() != null) {
      headers.put(STORY_HEADER, delivery.storyId().toString());
    }
    headers.put(CHANGE_HEADER, delivery.changeKind());
    CallbackResult result =
        client.post(URI.create(subscription.callback()), document.mediaType(), body, headers);
    host.answered(result);
    usage.delivery(subscription.partnerId(), result.succeeded(), body.length);
    outcomes.add(new Deliveries.Outcome(delivery, result));
    if (queued.incrementAndGet() >= FLUSH) {
      flush();
    }
  }

  /** Records the queued outcomes, a batch per transaction, then looks for what is due next. */
  void flush() {
    List<Deliveries.Outcome> batch = new ArrayList<>();
    Deliveries.Outcome next;
    while (batch.size() < 4 * FLUSH && (next = outcomes.poll()) != null) {
      batch.add(next);
    }
    if (batch.isEmpty()) {
      return;
    }
    queued.addAndGet(-batch.size());
    try {
      deliveries.record(batch, backoff, token);
    } catch (RuntimeException e) {
      // Not recorded: the rows are claimed until their lease runs out, then delivered again.
      LOG.log(Level.WARNING, "Could not record " + batch.size() + " WebSub deliveries", e);
    } finally {
      outstanding.addAndGet(-batch.size());
    }
    wake();
  }

  private void verify() {
    int room = VERIFYING - verifying.get();
    if (room <= 0) {
      return;
    }
    String claim = UUID.randomUUID().toString();
    for (Intents.Claim intent : intents.claimPending(claim, room)) {
      verifying.incrementAndGet();
      try {
        executor.execute(
            () -> {
              try {
                verify(intent, claim);
              } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "A WebSub verification failed unexpectedly", e);
              } finally {
                verifying.decrementAndGet();
              }
            });
      } catch (RejectedExecutionException e) {
        verifying.decrementAndGet();
      }
    }
  }

  /** Verification of intent (W3C WebSub 5.3): the callback must echo a fresh challenge. */
  private void verify(Intents.Claim claim, String token) {
    Intent intent = claim.intent();
    Subscription subscription = claim.subscription();
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    URI url =
        VerificationUrl.of(
            URI.create(subscription.callback()),
            intent.mode().name(),
            subscription.topic(),
            challenge,
            intent.leaseSeconds());
    CallbackResult answer = client.get(url);
    boolean confirmed =
        answer.succeeded() && answer.body() != null && answer.body().strip().equals(challenge);
    String detail =
        confirmed
            ? "The callback confirmed."
            : answer.succeeded()
                ? "The callback answered without echoing hub.challenge."
                : "The callback did not confirm: " + answer.describe();
    intents.decide(intent.id(), token, confirmed, detail);
  }
}

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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsrelay.feed.FeedService.FeedDocument;
import org.newsrelay.ingest.fetch.AddressAllowlist;
import org.newsrelay.partner.UsageMeter;
import org.newsrelay.platform.ProblemException;

/**
 * Works the outbox and the verifications: claims what is due, and hands each subscription's run of
 * deliveries to the WebSub executor, one task per subscription so that its deliveries go out one
 * after another. Woken after each commit that wrote rows, and every second by {@link DispatchClock}
 * for retries and for rows another node wrote.
 */
@ApplicationScoped
public class Dispatcher {
  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

  /** Deliveries in flight at once on this node: the executor has a few more threads than this. */
  static final int CAPACITY = 32;

  /** Deliveries one task makes for its subscription before giving others a turn. */
  static final int RUN = 100;

  static final String SEQUENCE_HEADER = "X-Newsrelay-Sequence";
  static final String STORY_HEADER = "X-Newsrelay-Story";
  static final String CHANGE_HEADER = "X-Newsrelay-Change";

  @Resource(lookup = "java:jboss/ee/concurrency/executor/newsrelay-websub")
  ManagedExecutorService executor;

  @Inject Deliveries deliveries;
  @Inject Intents intents;
  @Inject FeedSnapshots snapshots;
  @Inject UsageMeter usage;

  private final Backoff backoff = Backoff.STANDARD;
  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final AtomicBoolean backlog = new AtomicBoolean();
  private volatile boolean stopping;
  private CallbackClient client;

  @PostConstruct
  void open() {
    client =
        new CallbackClient(
            AddressAllowlist.fromEnvironment(),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            CAPACITY);
  }

  @PreDestroy
  void close() {
    stopping = true;
    client.close();
  }

  /** Asks for a dispatch cycle soon; cheap, and at most one is queued at a time. */
  public void wake() {
    if (stopping || !scheduled.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            scheduled.set(false);
            cycle();
          });
    } catch (RejectedExecutionException e) {
      scheduled.set(false);
    }
  }

  void cycle() {
    again.set(true);
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      while (again.getAndSet(false) && !stopping) {
        verify();
        deliver();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A WebSub dispatch cycle failed; the next one tries again", e);
    } finally {
      running.set(false);
    }
    if (again.get()) {
      wake();
    }
  }

  private void deliver() {
    int room = CAPACITY - inFlight.get();
    if (room <= 0) {
      backlog.set(true);
      return;
    }
    String token = UUID.randomUUID().toString();
    List<Deliveries.Claim> claims = deliveries.claimHeads(token, room);
    long claimedAt = System.nanoTime();
    if (claims.size() == room) {
      backlog.set(true);
    }
    for (Deliveries.Claim claim : claims) {
      submit(
          () -> run(claim, claimedAt, token),
          () -> deliveries.release(claim.delivery().id(), token));
    }
  }

  private void verify() {
    int room = CAPACITY - inFlight.get();
    if (room <= 0) {
      return;
    }
    String token = UUID.randomUUID().toString();
    for (Intents.Claim claim : intents.claimPending(token, room)) {
      submit(() -> verify(claim, token), () -> {});
    }
  }

  private void submit(Runnable task, Runnable onRejected) {
    inFlight.incrementAndGet();
    try {
      executor.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "A WebSub task failed; its rows are retried later", e);
            } finally {
              int left = inFlight.decrementAndGet();
              if (left < CAPACITY / 2 && backlog.getAndSet(false)) {
                wake();
              }
            }
          });
    } catch (RejectedExecutionException e) {
      inFlight.decrementAndGet();
      onRejected.run();
    }
  }

  /** Delivers a subscription's rows in order, as long as they succeed and are due. */
  private void run(Deliveries.Claim first, long claimedAt, String token) {
    Optional<Deliveries.Claim> next = Optional.of(first);
    long claimed = claimedAt;
    for (int i = 0; i < RUN && next.isPresent() && !stopping; i++) {
      next = deliverOne(next.get(), claimed, token);
      claimed = System.nanoTime();
    }
    next.ifPresent(c -> deliveries.release(c.delivery().id(), token));
    if (next.isPresent()) {
      backlog.set(true);
    }
  }

  private Optional<Deliveries.Claim> deliverOne(
      Deliveries.Claim claim, long claimedAt, String token) {
    Subscription subscription = claim.subscription();
    Delivery delivery = claim.delivery();
    Instant now = Instant.now();
    if (subscription == null || !subscription.receives(now)) {
      deliveries.cancelPending(
          delivery.subscriptionId(),
          "The subscription is "
              + (subscription == null ? "gone" : subscription.status(now))
              + "; nothing more is delivered to it.");
      return Optional.empty();
    }
    HubTopic topic = subscription.hubTopic();
    FeedDocument document;
    try {
      document = snapshots.of(topic, claimedAt);
    } catch (ProblemException gone) {
      deliveries.cancelPending(subscription.id(), "The feed no longer exists.");
      return Optional.empty();
    }
    byte[] body = document.body().getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Link", "<" + topic.hub() + ">; rel=\"hub\", <" + topic.url() + ">; rel=\"self\"");
    if (subscription.signed()) {
      headers.put(Signature.HEADER, Signature.sha256(subscription.secret(), body));
    }
    headers.put(SEQUENCE_HEADER, Long.toString(delivery.seq()));
    if (delivery.storyId() != null) {
      headers.put(STORY_HEADER, delivery.storyId().toString());
    }
    headers.put(CHANGE_HEADER, delivery.changeKind());
    CallbackResult result =
        client.post(URI.create(subscription.callback()), document.mediaType(), body, headers);
    usage.delivery(subscription.partnerId(), result.succeeded(), body.length);
    return deliveries.record(delivery.id(), result, backoff, token);
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

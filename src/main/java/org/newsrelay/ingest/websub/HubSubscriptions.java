package org.newsrelay.ingest.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.newsrelay.http.FetchException;
import org.newsrelay.http.Fetcher;
import org.newsrelay.ingest.Fetching;
import org.newsrelay.ingest.Source;
import org.newsrelay.ingest.SourceHealth;
import org.newsrelay.ingest.SourceHubs;
import org.newsrelay.ingest.Sources;
import org.newsrelay.ingest.feed.FeedParseException;
import org.newsrelay.ingest.feed.ParsedFeed;
import org.newsrelay.platform.Gone;
import org.newsrelay.platform.Setting;
import org.newsrelay.platform.Settings;
import org.newsrelay.platform.TooLarge;
import org.newsrelay.websub.HubSignature;

/**
 * Subscribes to the hubs that polled feeds advertise, renews the leases, and takes the hubs' pushes
 * into the inbox by the same path as a poll. Talking to a hub happens outside any transaction: a
 * hub may verify (a GET to our callback) before it answers our POST.
 */
@ApplicationScoped
public class HubSubscriptions implements SourceHubs {
  /** What we ask for; the hub decides, and says so when it verifies. */
  static final Duration REQUESTED_LEASE = Duration.ofDays(7);

  /** A subscribe the hub has not verified by then is sent again. */
  static final Duration VERIFY_WITHIN = Duration.ofHours(1);

  static final Duration RETRY_AFTER_FAILURE = Duration.ofHours(1);
  static final Duration RETRY_AFTER_DENIAL = Duration.ofDays(1);

  static final String NO_PUBLIC_URL =
      Setting.PUBLIC_URL + " is not set, so a hub has no address to call back; the feed is polled.";

  static final String CALLBACK_PATH = "websub/callback/";
  private static final int BATCH = 20;
  private static final Logger LOG = Logger.getLogger(HubSubscriptions.class.getName());

  @Inject HubSubscriptionStore store;
  @Inject Fetching fetching;
  @Inject Sources sources;
  @Inject SourceHealth health;

  @Override
  public void noticed(Source source, ParsedFeed feed) {
    String topic = feed.selfUrl() != null ? feed.selfUrl() : source.url();
    store
        .noticed(source.id(), feed.hubUrl(), topic, publicBase(), Instant.now())
        .ifPresent(this::send);
  }

  @Override
  public Instant pushedUntil(UUID sourceId, Instant now) {
    return store.pushedUntil(sourceId, now);
  }

  @Override
  public Optional<Status> forSource(UUID sourceId) {
    return store.forSource(sourceId).map(HubSubscriptions::status);
  }

  @Override
  public Map<UUID, Status> bySource() {
    Map<UUID, Status> statuses = new HashMap<>();
    store.bySource().forEach((source, sub) -> statuses.put(source, status(sub)));
    return statuses;
  }

  private static Status status(HubSubscription sub) {
    Instant now = Instant.now();
    String state =
        sub.state() == HubSubscription.State.ACTIVE && !sub.active(now)
            ? "expired"
            : sub.state().name().toLowerCase(Locale.ROOT);
    return new Status(
        sub.hub(),
        sub.topic(),
        state,
        sub.pushes(),
        sub.stateReason(),
        sub.requestedAt(),
        sub.verifiedAt(),
        sub.expiresAt(),
        sub.lastPushAt(),
        sub.lastErrorAt(),
        sub.lastError());
  }

  @Override
  public void renewDue() {
    Instant now = Instant.now();
    for (RequestToHub request : store.claimDue(publicBase(), now, BATCH)) {
      send(request);
    }
    store.forgetUnconfirmed(now.minus(Duration.ofDays(1)));
  }

  @Override
  public void unsubscribe(UUID sourceId) {
    store.unsubscribing(sourceId, publicBase(), Instant.now()).ifPresent(this::send);
  }

  private void send(RequestToHub request) {
    String failure;
    try {
      Fetcher.FormAnswer answer =
          fetching.fetcher().postForm(URI.create(request.hub()), request.request().form());
      failure =
          answer.accepted()
              ? null
              : "The hub answered HTTP "
                  + answer.status()
                  + " to our "
                  + request.request().mode()
                  + " request"
                  + (answer.body().isBlank() ? "" : ": " + answer.body().strip());
    } catch (FetchException e) {
      failure = "The hub could not be reached: " + e.getMessage();
    } catch (IllegalArgumentException e) {
      failure = "The hub's address is not a valid URL: " + request.hub();
    }
    if (failure != null) {
      LOG.warning(
          "WebSub " + request.request().mode() + " at " + request.hub() + " failed: " + failure);
    }
    store.answered(request.subscriptionId(), failure, Instant.now());
  }

  /** A verification GET; the challenge to echo, or a 404 for anything we did not ask for. */
  public Optional<String> verify(
      String token, String mode, String topic, String challenge, String lease, String reason) {
    Integer seconds = null;
    if (lease != null && !lease.isBlank()) {
      try {
        seconds = Integer.valueOf(lease.strip());
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (seconds <= 0) {
        return Optional.empty();
      }
    }
    HubSubscriptionStore.Verification verdict =
        store.verify(token, mode, topic, challenge, seconds, reason);
    if (verdict.revokedSource() != null) {
      // The hub stopped pushing: polling takes over at once.
      sources.pollSoon(verdict.revokedSource());
    }
    return verdict.confirmed() ? Optional.of(verdict.body()) : Optional.empty();
  }

  /**
   * A push: signed by the hub with our secret, or ignored (but still answered 2xx, as WebSub asks,
   * and recorded on the source). Accepted items go through the inbox exactly like polled ones.
   */
  public void receive(
      String token, String contentType, long declaredLength, InputStream in, String signature)
      throws IOException {
    // Who is calling first: an unknown caller's body is never read.
    HubSubscription sub =
        store
            .byToken(token)
            .filter(s -> s.state() != HubSubscription.State.UNSUBSCRIBING)
            .orElseThrow(() -> new Gone("There is no subscription at this callback."));
    long cap = fetching.fetcher().policy().maxBytes();
    if (declaredLength > cap) {
      throw tooLarge(cap);
    }
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
    if (body.length > cap) {
      throw tooLarge(cap);
    }
    HubSignature.Verdict verdict = HubSignature.check(signature, sub.secret(), body);
    if (verdict != HubSignature.Verdict.VALID) {
      store.error(sub.id(), "A push was ignored: " + verdict.reason() + ".");
      return;
    }
    Instant now = Instant.now();
    if (!sub.active(now)) {
      store.error(
          sub.id(),
          "A push was ignored: the subscription is "
              + sub.state().name().toLowerCase(Locale.ROOT)
              + ", not active.");
      return;
    }
    Source source = sources.find(sub.sourceId()).orElse(null);
    if (source == null) {
      return;
    }
    ParsedFeed feed;
    try {
      feed = fetching.parser().parse(body, contentType, URI.create(sub.topic()));
    } catch (FeedParseException e) {
      store.error(sub.id(), "A push could not be read: " + e.getMessage());
      return;
    }
    int added = sources.take(source, feed);
    store.pushed(sub.id(), now);
    health.pushed(source.id(), added);
  }

  private static TooLarge tooLarge(long cap) {
    return new TooLarge("A push may be at most " + cap + " bytes.");
  }

  /** {@link Setting#PUBLIC_URL} (with a trailing slash), or null. */
  static String publicBase() {
    return Settings.current().publicUrl().map(URI::toString).orElse(null);
  }

  static URI callback(String base, String token) {
    return URI.create(base + CALLBACK_PATH + token);
  }
}

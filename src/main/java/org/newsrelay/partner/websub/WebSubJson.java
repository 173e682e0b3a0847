package org.newsrelay.partner.websub;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsrelay.platform.JsonViews;

/** Subscriptions and deliveries as the API shows them; a subscription's secret never leaves. */
public final class WebSubJson {
  private WebSubJson() {}

  @Schema(name = "Subscription")
  record SubscriptionShown(
      UUID id,
      String topic,
      String callback,
      String state,
      boolean signed,
      int leaseSeconds,
      long deliveries,
      Instant created,
      Instant expires,
      String reason,
      RequestShown lastRequest) {}

  /** The latest subscribe or unsubscribe request and what became of it. */
  @Schema(name = "SubscriptionRequestState")
  record RequestShown(
      UUID id, String mode, String state, Instant requested, Instant decided, String detail) {}

  @Schema(name = "Delivery")
  record DeliveryShown(
      Long id,
      UUID subscription,
      long seq,
      String change,
      String state,
      Instant created,
      int attempts,
      UUID story,
      Instant nextAttempt,
      Instant delivered,
      Integer lastStatus,
      String lastError,
      Long resentAs,
      List<AttemptShown> log) {}

  @Schema(name = "DeliveryAttempt")
  record AttemptShown(Instant at, int durationMs, int bytes, Integer status, String error) {}

  /** The lists' shapes, for /openapi. */
  @Schema(name = "Subscriptions")
  record SubscriptionList(List<SubscriptionShown> items) {}

  @Schema(name = "Deliveries")
  record DeliveryList(List<DeliveryShown> items) {}

  public static JsonObject of(Subscription s, Intent latest) {
    RequestShown request =
        latest == null
            ? null
            : new RequestShown(
                latest.id(),
                latest.mode().name(),
                latest.state().name(),
                latest.requestedAt(),
                latest.decidedAt(),
                latest.detail());
    return JsonViews.of(
        new SubscriptionShown(
            s.id(),
            s.topic(),
            s.callback(),
            s.status(Instant.now()),
            s.signed(),
            s.leaseSeconds(),
            s.lastSeq(),
            s.createdAt(),
            s.expiresAt(),
            s.stateReason(),
            request));
  }

  public static JsonObject of(Delivery d, List<DeliveryAttempt> attempts) {
    return JsonViews.of(
        new DeliveryShown(
            d.id(),
            d.subscriptionId(),
            d.seq(),
            d.changeKind(),
            d.state().name(),
            d.createdAt(),
            d.attempts(),
            d.storyId(),
            d.state() == Delivery.State.pending ? d.nextAttemptAt() : null,
            d.deliveredAt(),
            d.lastStatus(),
            d.lastError(),
            d.resentAs(),
            attempts.stream()
                .map(
                    a ->
                        new AttemptShown(
                            a.attemptedAt(), a.durationMs(), a.bytes(), a.statusCode(), a.error()))
                .toList()));
  }
}

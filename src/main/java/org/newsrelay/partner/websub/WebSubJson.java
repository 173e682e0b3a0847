package org.newsrelay.partner.websub;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import org.newsrelay.platform.Json;

/** Subscriptions and deliveries as the API shows them; a subscription's secret never leaves. */
public final class WebSubJson {
  private WebSubJson() {}

  public static JsonObject of(Subscription s, Intent latest) {
    Instant now = Instant.now();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", s.id().toString())
            .add("topic", s.topic())
            .add("callback", s.callback())
            .add("state", s.status(now))
            .add("signed", s.signed())
            .add("lease_seconds", s.leaseSeconds())
            .add("deliveries", s.lastSeq())
            .add("created", s.createdAt().toString());
    add(json, "expires", s.expiresAt());
    add(json, "reason", s.stateReason());
    if (latest != null) {
      JsonObjectBuilder request =
          Json.createObjectBuilder()
              .add("id", latest.id().toString())
              .add("mode", latest.mode().name())
              .add("state", latest.state().name())
              .add("requested", latest.requestedAt().toString());
      add(request, "decided", latest.decidedAt());
      add(request, "detail", latest.detail());
      json.add("last_request", request);
    }
    return json.build();
  }

  public static JsonObject of(Delivery d, List<DeliveryAttempt> attempts) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", d.id())
            .add("subscription", d.subscriptionId().toString())
            .add("seq", d.seq())
            .add("change", d.changeKind())
            .add("state", d.state().name())
            .add("created", d.createdAt().toString())
            .add("attempts", d.attempts());
    if (d.storyId() != null) {
      json.add("story", d.storyId().toString());
    }
    if (d.state() == Delivery.State.pending) {
      json.add("next_attempt", d.nextAttemptAt().toString());
    }
    add(json, "delivered", d.deliveredAt());
    if (d.lastStatus() != null) {
      json.add("last_status", d.lastStatus());
    }
    if (d.lastError() != null) {
      json.add("last_error", d.lastError());
    }
    if (d.resentAs() != null) {
      json.add("resent_as", d.resentAs());
    }
    JsonArrayBuilder log = Json.createArrayBuilder();
    for (DeliveryAttempt a : attempts) {
      JsonObjectBuilder attempt =
          Json.createObjectBuilder()
              .add("at", a.attemptedAt().toString())
              .add("duration_ms", a.durationMs())
              .add("bytes", a.bytes());
      if (a.statusCode() != null) {
        attempt.add("status", a.statusCode());
      }
      if (a.error() != null) {
        attempt.add("error", a.error());
      }
      log.add(attempt);
    }
    return json.add("log", log).build();
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static void add(JsonObjectBuilder json, String name, Instant value) {
    if (value != null) {
      json.add(name, value.toString());
    }
  }
}

package org.newsrelay.partner;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsrelay.platform.JsonViews;

/** Partners, keys and usage as the API shows them; a key's hash never leaves the server. */
public final class PartnerJson {
  private PartnerJson() {}

  @Schema(name = "Partner")
  record Shown(
      UUID id,
      String name,
      String contact,
      List<String> roles,
      Entitlements entitlements,
      RateLimits rateLimits,
      Instant created,
      Instant updated) {}

  @Schema(name = "PartnerEntitlements")
  record Entitlements(List<String> topics, List<String> languages) {}

  @Schema(name = "PartnerRateLimits")
  record RateLimits(int readsPerMinute, int pushesPerMinute) {}

  /** A key; {@code key} itself only in the answer that issues it. */
  @Schema(name = "PartnerKey")
  record KeyShown(
      UUID id,
      String prefix,
      Instant created,
      boolean active,
      String label,
      Instant lastUsed,
      Instant revoked,
      String key) {}

  @Schema(name = "PartnerUsage")
  record UsageShown(UUID partner, LocalDate from, LocalDate to, List<Day> days, Counts total) {}

  @Schema(name = "UsageCounts")
  record Counts(
      long requests,
      long pushes,
      long bytesSent,
      long bytesReceived,
      long deliveries,
      long deliveryFailures) {}

  @Schema(name = "UsageDay")
  record Day(
      long requests,
      long pushes,
      long bytesSent,
      long bytesReceived,
      long deliveries,
      long deliveryFailures,
      LocalDate day) {}

  /** The lists' shapes, for /openapi. */
  @Schema(name = "Partners")
  record Listed(List<Shown> items) {}

  @Schema(name = "PartnerKeys")
  record Keys(List<KeyShown> items) {}

  public static JsonObject of(Partner p) {
    return JsonViews.of(
        new Shown(
            p.id(),
            p.name(),
            p.contact() == null ? "" : p.contact(),
            p.roles().stream().sorted().toList(),
            new Entitlements(p.topics(), p.languages()),
            new RateLimits(p.readsPerMinute(), p.pushesPerMinute()),
            p.createdAt(),
            p.updatedAt()));
  }

  public static JsonObject of(PartnerKey k) {
    return JsonViews.of(shown(k, null));
  }

  public static JsonObject issued(PartnerKeys.IssuedKey issued) {
    return JsonViews.of(shown(issued.record(), issued.key()));
  }

  private static KeyShown shown(PartnerKey k, String key) {
    return new KeyShown(
        k.id(),
        k.prefix(),
        k.createdAt(),
        k.revokedAt() == null,
        k.label(),
        k.lastUsedAt(),
        k.revokedAt(),
        key);
  }

  public static JsonObject usage(UUID partnerId, LocalDate from, LocalDate to, List<Usage> days) {
    List<Day> shown = new ArrayList<>();
    Usage total = Usage.none(partnerId, null);
    for (Usage u : days) {
      shown.add(
          new Day(
              u.requests(),
              u.pushes(),
              u.bytesSent(),
              u.bytesReceived(),
              u.deliveries(),
              u.deliveryFailures(),
              u.day()));
      total = total.plus(u);
    }
    return JsonViews.of(
        new UsageShown(
            partnerId,
            from,
            to,
            shown,
            new Counts(
                total.requests(),
                total.pushes(),
                total.bytesSent(),
                total.bytesReceived(),
                total.deliveries(),
                total.deliveryFailures())));
  }
}

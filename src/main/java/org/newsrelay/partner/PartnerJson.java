package org.newsrelay.partner;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.newsrelay.platform.Json;

/** Partners, keys and usage as the API shows them; a key's hash never leaves the server. */
public final class PartnerJson {
  private PartnerJson() {}

  public static JsonObject of(Partner p) {
    return Json.createObjectBuilder()
        .add("id", p.id().toString())
        .add("name", p.name())
        .add("contact", p.contact() == null ? "" : p.contact())
        .add("roles", array(p.roles().stream().sorted().toList()))
        .add(
            "entitlements",
            Json.createObjectBuilder()
                .add("topics", array(p.topics()))
                .add("languages", array(p.languages())))
        .add(
            "rate_limits",
            Json.createObjectBuilder()
                .add("reads_per_minute", p.readsPerMinute())
                .add("pushes_per_minute", p.pushesPerMinute()))
        .add("created", p.createdAt().toString())
        .add("updated", p.updatedAt().toString())
        .build();
  }

  public static JsonObject of(PartnerKey k) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", k.id().toString())
            .add("prefix", k.prefix())
            .add("created", k.createdAt().toString())
            .add("active", k.revokedAt() == null);
    add(json, "label", k.label());
    add(json, "last_used", k.lastUsedAt());
    add(json, "revoked", k.revokedAt());
    return json.build();
  }

  public static JsonObject issued(PartnerKeys.IssuedKey issued) {
    return Json.createObjectBuilder(of(issued.record())).add("key", issued.key()).build();
  }

  public static JsonObject usage(UUID partnerId, LocalDate from, LocalDate to, List<Usage> days) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    Usage total = Usage.none(partnerId, null);
    for (Usage day : days) {
      array.add(Json.createObjectBuilder(counts(day)).add("day", day.day().toString()));
      total = total.plus(day);
    }
    return Json.createObjectBuilder()
        .add("partner", partnerId.toString())
        .add("from", from.toString())
        .add("to", to.toString())
        .add("days", array)
        .add("total", counts(total))
        .build();
  }

  private static JsonObject counts(Usage u) {
    return Json.createObjectBuilder()
        .add("requests", u.requests())
        .add("pushes", u.pushes())
        .add("bytes_sent", u.bytesSent())
        .add("bytes_received", u.bytesReceived())
        .add("deliveries", u.deliveries())
        .add("delivery_failures", u.deliveryFailures())
        .build();
  }

  static JsonArrayBuilder array(Collection<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
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

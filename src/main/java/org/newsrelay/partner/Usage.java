package org.newsrelay.partner;

import java.time.LocalDate;
import java.util.UUID;

/** What a partner used on one day (UTC): the basis for operations and billing. */
public record Usage(
    UUID partnerId,
    LocalDate day,
    long requests,
    long pushes,
    long bytesSent,
    long bytesReceived,
    long deliveries,
    long deliveryFailures) {

  public Usage plus(Usage other) {
    return new Usage(
        partnerId,
        day,
        requests + other.requests,
        pushes + other.pushes,
        bytesSent + other.bytesSent,
        bytesReceived + other.bytesReceived,
        deliveries + other.deliveries,
        deliveryFailures + other.deliveryFailures);
  }

  public static Usage none(UUID partnerId, LocalDate day) {
    return new Usage(partnerId, day, 0, 0, 0, 0, 0, 0);
  }
}

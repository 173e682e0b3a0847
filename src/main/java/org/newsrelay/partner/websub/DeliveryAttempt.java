package org.newsrelay.partner.websub;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try at a delivery: what the callback answered, or why it could not be reached. */
@Entity
@Table(name = "websub_attempt")
public class DeliveryAttempt {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "delivery_id", nullable = false)
  private long deliveryId;

  @Column(name = "partner_id", nullable = false)
  private UUID partnerId;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(name = "duration_ms", nullable = false)
  private int durationMs;

  @Column(name = "status_code")
  private Integer statusCode;

  private String error;

  @Column(nullable = false)
  private int bytes;

  protected DeliveryAttempt() {}

  DeliveryAttempt(long deliveryId, UUID partnerId, CallbackResult result) {
    this.deliveryId = deliveryId;
    this.partnerId = partnerId;
    this.attemptedAt = result.startedAt();
    this.durationMs = (int) Math.min(Integer.MAX_VALUE, result.duration().toMillis());
    this.statusCode = result.status();
    this.error =
        result.error() == null || result.error().length() <= 2000
            ? result.error()
            : result.error().substring(0, 2000);
    this.bytes = result.bytesSent();
  }

  public UUID partnerId() {
    return partnerId;
  }

  public long deliveryId() {
    return deliveryId;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public int durationMs() {
    return durationMs;
  }

  public Integer statusCode() {
    return statusCode;
  }

  public String error() {
    return error;
  }

  public int bytes() {
    return bytes;
  }
}

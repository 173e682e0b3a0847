package org.newsrelay.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One API key of a partner: its hash, the prefix people see, and whether it still works. */
@Entity
@Table(name = "partner_key")
public class PartnerKey {
  @Id private UUID id;

  @Column(name = "partner_id", nullable = false)
  private UUID partnerId;

  @Column(nullable = false)
  private String prefix;

  @Column(name = "key_hash", nullable = false)
  private String keyHash;

  private String label;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected PartnerKey() {}

  PartnerKey(UUID partnerId, String key, String label) {
    this.id = UUID.randomUUID();
    this.partnerId = partnerId;
    this.prefix = ApiKeys.prefix(key);
    this.keyHash = ApiKeys.hash(key);
    this.label = label;
    this.createdAt = Instant.now();
  }

  void revoke() {
    if (revokedAt == null) {
      revokedAt = Instant.now();
    }
  }

  public UUID id() {
    return id;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public String prefix() {
    return prefix;
  }

  String keyHash() {
    return keyHash;
  }

  public String label() {
    return label;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }
}

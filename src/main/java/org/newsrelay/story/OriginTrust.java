package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Whether stories from an origin (a polled source "source:&lt;id&gt;" or a pushing account
 * "push:&lt;name&gt;") are published as they arrive or wait as incoming for an editor. Origins
 * without an entry are trusted.
 */
@Entity
@Table(name = "origin_trust")
@NamedQuery(name = "OriginTrust.all", query = "select t from OriginTrust t order by t.origin")
public class OriginTrust {
  @Id private String origin;

  @Column(nullable = false)
  private boolean trusted;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected OriginTrust() {}

  OriginTrust(String origin) {
    this.origin = origin;
  }

  void set(boolean trusted, String actor) {
    this.trusted = trusted;
    this.changedBy = actor;
    this.changedAt = Instant.now();
  }

  public String origin() {
    return origin;
  }

  public boolean trusted() {
    return trusted;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}

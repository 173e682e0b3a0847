package org.newsrelay.console;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed-in console: the hash of its cookie's token, whose it is, its CSRF token, how long. */
@Entity
@Table(name = "console_session")
public class ConsoleSession {
  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(nullable = false)
  private String username;

  @Column(name = "csrf_token", nullable = false)
  private String csrfToken;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected ConsoleSession() {}

  ConsoleSession(String tokenHash, String username, String csrfToken, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.username = username;
    this.csrfToken = csrfToken;
    this.createdAt = Instant.now();
    this.lastSeenAt = createdAt;
    this.expiresAt = expiresAt;
  }

  void seen(Instant now) {
    lastSeenAt = now;
  }

  String username() {
    return username;
  }

  String csrfToken() {
    return csrfToken;
  }

  Instant lastSeenAt() {
    return lastSeenAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}

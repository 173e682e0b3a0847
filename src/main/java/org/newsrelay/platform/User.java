package org.newsrelay.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A person or tool that signs in with HTTP Basic: admins and editors, wire accounts. */
@Entity
@Table(name = "app_user")
public class User {
  @Id private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  /** Comma-separated role names. */
  @Column(nullable = false)
  private String roles;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected User() {}

  public User(String username, String passwordHash, Set<String> roles) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.roles = String.join(",", roles);
    this.createdAt = Instant.now();
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<String> roles() {
    return Arrays.stream(roles.split(","))
        .map(String::trim)
        .filter(r -> !r.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}

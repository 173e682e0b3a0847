package org.newsrelay.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A partner outlet: it reads what it is entitled to (role subscriber) and pushes its own stories
 * (role wire), with API keys that say which partner is calling.
 */
@Entity
@Table(name = "partner")
public class Partner {
  public static final String SUBSCRIBER = "subscriber";
  public static final String WIRE = "wire";

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  private String contact;

  @Column(nullable = false)
  private String roles;

  @Column(name = "entitled_topics", nullable = false)
  private String topics;

  @Column(name = "entitled_languages", nullable = false)
  private String languages;

  @Column(name = "reads_per_minute", nullable = false)
  private int readsPerMinute;

  @Column(name = "pushes_per_minute", nullable = false)
  private int pushesPerMinute;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Partner() {}

  Partner(PartnerTerms terms) {
    this.id = UUID.randomUUID();
    this.createdAt = Instant.now();
    apply(terms);
  }

  void apply(PartnerTerms terms) {
    this.name = terms.name();
    this.contact = terms.contact();
    this.roles = String.join(",", terms.roles());
    this.topics = String.join(",", terms.topics());
    this.languages = String.join(",", terms.languages());
    this.readsPerMinute = terms.readsPerMinute();
    this.pushesPerMinute = terms.pushesPerMinute();
    this.updatedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String contact() {
    return contact;
  }

  public Set<String> roles() {
    return Set.copyOf(split(roles));
  }

  public List<String> topics() {
    return split(topics);
  }

  public List<String> languages() {
    return split(languages);
  }

  public int readsPerMinute() {
    return readsPerMinute;
  }

  public int pushesPerMinute() {
    return pushesPerMinute;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  PartnerTerms terms() {
    return new PartnerTerms(
        name,
        contact,
        List.copyOf(roles()),
        topics(),
        languages(),
        readsPerMinute,
        pushesPerMinute);
  }

  private static List<String> split(String csv) {
    return csv == null || csv.isEmpty()
        ? List.of()
        : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  static Set<String> toSet(List<String> values) {
    return values.stream().collect(Collectors.toUnmodifiableSet());
  }
}

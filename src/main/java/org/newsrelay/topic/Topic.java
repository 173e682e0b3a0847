package org.newsrelay.topic;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsrelay.platform.Json;

/**
 * A topic editors curate: a slug for feed URLs, a name per language, who may read it, and the rules
 * that select its stories. Editors can add or remove stories by hand; that wins over the rules.
 */
@Entity
@Table(name = "topic")
@NamedQuery(name = "Topic.bySlug", query = "select t from Topic t where t.slug = :slug")
@NamedQuery(name = "Topic.all", query = "select t from Topic t order by t.slug")
@NamedQuery(name = "Topic.byIds", query = "select t from Topic t where t.id in :ids")
@NamedQuery(
    name = "Topic.ofStory",
    query =
        "select t from Topic t, TopicStory ts where ts.topicId = t.id and ts.storyId = :story and ts.reason <> :removed order by t.slug")
public class Topic {
  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String slug;

  /** JSON object of BCP 47 tag to name. */
  @Column(nullable = false)
  private String names;

  private String description;

  @Column(nullable = false)
  private String visibility;

  /** The rules as the editor wrote them, JSON. */
  @Column(nullable = false)
  private String rules;

  @Column(name = "rules_version", nullable = false)
  private int rulesVersion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected Topic() {}

  Topic(String slug, String actor) {
    this.id = UUID.randomUUID();
    this.slug = slug;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
    this.updatedBy = actor;
  }

  /** Takes the editor's new definition; true when the rules changed (stories are re-evaluated). */
  boolean define(
      Map<String, String> names,
      String description,
      Visibility visibility,
      TopicRules rules,
      String actor) {
    var namesJson = Json.createObjectBuilder();
    names.forEach(namesJson::add);
    this.names = namesJson.build().toString();
    this.description = description;
    this.visibility = visibility.value();
    String newRules = rules.toJson().toString();
    boolean changed = !newRules.equals(this.rules);
    if (changed) {
      this.rules = newRules;
      this.rulesVersion++;
    }
    this.updatedAt = Instant.now();
    this.updatedBy = actor;
    return changed;
  }

  public UUID id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public Map<String, String> names() {
    JsonObject json = Json.createReader(new StringReader(names)).readObject();
    Map<String, String> result = new LinkedHashMap<>();
    json.forEach((tag, name) -> result.put(tag, json.getString(tag)));
    return result;
  }

  public String description() {
    return description;
  }

  public Visibility visibility() {
    return Visibility.of(visibility);
  }

  public TopicRules rules() {
    JsonObject json = Json.createReader(new StringReader(rules)).readObject();
    return new TopicRules(
        strings(json, "include"),
        strings(json, "exclude"),
        strings(json, "sources"),
        strings(json, "subjects"));
  }

  private static List<String> strings(JsonObject json, String name) {
    return json.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  public int rulesVersion() {
    return rulesVersion;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}

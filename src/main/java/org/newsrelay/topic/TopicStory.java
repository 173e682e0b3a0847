package org.newsrelay.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A story in a topic, and why: the rules matched it, or an editor added or removed it. */
@Entity
@Table(name = "topic_story")
@IdClass(TopicStory.Key.class)
@NamedQuery(
    name = "TopicStory.ofStory",
    query = "select ts from TopicStory ts where ts.storyId = :story")
@NamedQuery(
    name = "TopicStory.ofTopicAmong",
    query = "select ts from TopicStory ts where ts.topicId = :topic and ts.storyId in :stories")
@NamedQuery(
    name = "TopicStory.topicsAmong",
    query =
        "select ts.storyId, ts.topicId from TopicStory ts"
            + " where ts.storyId in :stories and ts.reason <> :removed")
@NamedQuery(
    name = "TopicStory.deleteOfTopic",
    query = "delete from TopicStory ts where ts.topicId = :topic")
public class TopicStory {
  /** Why a story is (or is not) in a topic; an editor's choice outranks the rules. */
  public enum Reason {
    RULE,
    MANUAL,
    REMOVED;

    /** The word the database keeps: {@code rule}, {@code manual}, {@code removed}. */
    String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A reason is stored as its word, as the migrations wrote it. */
  @jakarta.persistence.Converter
  public static class ReasonConverter
      implements jakarta.persistence.AttributeConverter<Reason, String> {
    @Override
    public String convertToDatabaseColumn(Reason reason) {
      return reason == null ? null : reason.value();
    }

    @Override
    public Reason convertToEntityAttribute(String value) {
      return value == null ? null : Reason.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** The primary key of a topic's story or pin. */
  public static class Key implements Serializable {
    private UUID topicId;
    private UUID storyId;

    public Key() {}

    Key(UUID topicId, UUID storyId) {
      this.topicId = topicId;
      this.storyId = storyId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(topicId, key.topicId)
          && java.util.Objects.equals(storyId, key.storyId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(topicId, storyId);
    }
  }

  @Id
  @Column(name = "topic_id")
  private UUID topicId;

  @Id
  @Column(name = "story_id")
  private UUID storyId;

  @Column(nullable = false)
  @jakarta.persistence.Convert(converter = ReasonConverter.class)
  private Reason reason;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String actor;

  protected TopicStory() {}

  TopicStory(UUID topicId, UUID storyId, Reason reason, String actor) {
    this.topicId = topicId;
    this.storyId = storyId;
    because(reason, actor);
  }

  void because(Reason reason, String actor) {
    this.reason = reason;
    this.actor = actor;
    this.at = Instant.now();
  }

  public UUID topicId() {
    return topicId;
  }

  public UUID storyId() {
    return storyId;
  }

  public Reason reason() {
    return reason;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }
}

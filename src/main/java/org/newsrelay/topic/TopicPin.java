package org.newsrelay.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A story held at the top of a topic's feed until a given time. */
@Entity
@Table(name = "topic_pin")
@IdClass(TopicStory.Key.class)
@NamedQuery(
    name = "TopicPin.inForce",
    query =
        "select p from TopicPin p where p.topicId = :topic and p.until > :now order by p.pinnedAt desc")
@NamedQuery(
    name = "TopicPin.ofStory",
    query = "select p from TopicPin p where p.storyId = :story and p.until > :now")
@NamedQuery(
    name = "TopicPin.deleteOfTopic",
    query = "delete from TopicPin p where p.topicId = :topic")
public class TopicPin {
  @Id
  @Column(name = "topic_id")
  private UUID topicId;

  @Id
  @Column(name = "story_id")
  private UUID storyId;

  @Column(nullable = false)
  private Instant until;

  @Column(name = "pinned_by", nullable = false)
  private String pinnedBy;

  @Column(name = "pinned_at", nullable = false)
  private Instant pinnedAt;

  protected TopicPin() {}

  TopicPin(UUID topicId, UUID storyId, Instant until, String actor) {
    this.topicId = topicId;
    this.storyId = storyId;
    repin(until, actor);
  }

  void repin(Instant until, String actor) {
    this.until = until;
    this.pinnedBy = actor;
    this.pinnedAt = Instant.now();
  }

  public UUID topicId() {
    return topicId;
  }

  public UUID storyId() {
    return storyId;
  }

  public Instant until() {
    return until;
  }

  public String pinnedBy() {
    return pinnedBy;
  }
}

package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a story's history. */
@Entity
@Table(name = "story_history")
@NamedQuery(
    name = "StoryEvent.ofStory",
    query = "select e from StoryEvent e where e.storyId = :story order by e.at, e.version")
@NamedQuery(
    name = "StoryEvent.lastActors",
    query =
        "select e.action, e.actor from StoryEvent e where e.storyId = :story"
            + " and e.action in :actions order by e.at desc, e.version desc")
@NamedQuery(
    name = "StoryEvent.lastActor",
    query =
        "select e.actor from StoryEvent e where e.storyId = :story and e.action = :action"
            + " order by e.at desc")
public class StoryEvent {
  @Id private UUID id;

  @Column(name = "story_id", nullable = false)
  private UUID storyId;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  private String note;

  @Column(nullable = false)
  private int version;

  protected StoryEvent() {}

  StoryEvent(Story story, String actor, String action, String note) {
    this.id = UUID.randomUUID();
    this.storyId = story.id();
    this.at = Instant.now();
    this.actor = actor;
    this.action = action;
    this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    this.version = story.version();
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String note() {
    return note;
  }

  public int version() {
    return version;
  }
}

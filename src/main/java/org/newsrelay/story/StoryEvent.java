package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a story's history. A line partners were told of (an advisory: a hold, release, kill
 * or correction of a story that was public at the time) also says what they were told.
 */
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

  /** The advisory's kind as {@link Advisory.Kind#value()} spells it, or null for the desk's own. */
  private String advisory;

  /** What partners are told, in the story's language; null: the kind's standard words only. */
  private String notice;

  /** The rendition a correction changed; the original's language stands for every variant. */
  private Language rendition;

  protected StoryEvent() {}

  StoryEvent(Story story, String actor, String action, String note) {
    this.id = UUID.randomUUID();
    this.storyId = story.id();
    this.at = Instant.now();
    this.actor = actor;
    this.action = action;
    this.note = cut(note);
    this.version = story.version();
  }

  /** The line as an advisory of {@code kind}, saying {@code notice}, about one rendition. */
  StoryEvent advising(Advisory.Kind kind, String notice, Language rendition) {
    this.advisory = kind.value();
    this.notice = cut(notice);
    this.rendition = rendition;
    return this;
  }

  private static String cut(String text) {
    return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
  }

  UUID id() {
    return id;
  }

  UUID storyId() {
    return storyId;
  }

  String notice() {
    return notice;
  }

  Language rendition() {
    return rendition;
  }

  /** The advisory's kind, or null when partners were not told of this line. */
  public Advisory.Kind advisory() {
    return advisory == null ? null : Advisory.Kind.of(advisory);
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

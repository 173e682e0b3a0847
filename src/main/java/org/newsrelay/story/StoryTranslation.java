package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One direction of a link between a story and its translation; links are kept both ways. */
@Entity
@Table(name = "story_translation")
@IdClass(StoryTranslation.Key.class)
@NamedQuery(
    name = "StoryTranslation.public",
    query =
        "select t.storyId, t.translationId, s.language from StoryTranslation t, Story s"
            + " where s.id = t.translationId and t.storyId in :ids and "
            + Readership.IS_PUBLIC
            + " order by t.linkedAt, t.translationId")
@NamedQuery(
    name = "StoryTranslation.languages",
    query =
        "select s.language from StoryTranslation t, Story s"
            + " where t.storyId = :id and s.id = t.translationId")
@NamedQuery(
    name = "StoryTranslation.ofStory",
    query = "select t.translationId from StoryTranslation t where t.storyId = :story")
public class StoryTranslation {
  /** The primary key: the story and its translation. */
  public static class Key implements Serializable {
    private UUID storyId;
    private UUID translationId;

    public Key() {}

    Key(UUID storyId, UUID translationId) {
      this.storyId = storyId;
      this.translationId = translationId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(storyId, key.storyId)
          && Objects.equals(translationId, key.translationId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(storyId, translationId);
    }
  }

  @Id
  @Column(name = "story_id")
  private UUID storyId;

  @Id
  @Column(name = "translation_id")
  private UUID translationId;

  @Column(name = "linked_by", nullable = false)
  private String linkedBy;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  protected StoryTranslation() {}

  StoryTranslation(UUID storyId, UUID translationId, String actor) {
    this.storyId = storyId;
    this.translationId = translationId;
    this.linkedBy = actor;
    this.linkedAt = Instant.now();
  }

  public UUID translationId() {
    return translationId;
  }
}

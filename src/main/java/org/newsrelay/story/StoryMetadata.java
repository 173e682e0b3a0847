package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The wire's metadata of one story ({@link WireMetadata}), beside the story rather than in it: most
 * stories (polled feeds) have none, and the feeds read it only for the stories they render.
 */
@Entity
@Table(name = "story_metadata")
@NamedQuery(
    name = "StoryMetadata.among",
    query = "select m from StoryMetadata m where m.storyId in :ids")
public class StoryMetadata {
  @Id
  @Column(name = "story_id")
  private UUID storyId;

  /** The metadata as JSON (ninjs 2.x names). */
  @Column(nullable = false)
  private String ninjs;

  /** The wire's urgency from {@link #ninjs}, a column of its own for the desk's queue filter. */
  private Integer urgency;

  protected StoryMetadata() {}

  StoryMetadata(UUID storyId, WireMetadata metadata) {
    this.storyId = storyId;
    replace(metadata);
  }

  /** A newer version of the story brings its own metadata, whole. */
  void replace(WireMetadata metadata) {
    this.ninjs = metadata.encode();
    this.urgency = metadata.urgency();
  }

  UUID storyId() {
    return storyId;
  }

  WireMetadata metadata() {
    return WireMetadata.decode(ninjs);
  }
}

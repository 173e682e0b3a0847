package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One band of a story's fingerprint, the index under which its near-duplicates are found. */
@Entity
@Table(name = "story_band")
@IdClass(StoryBand.Key.class)
public class StoryBand {
  /** The composite key JPA asks for. */
  public static class Key implements Serializable {
    private int bandKey;
    private UUID storyId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.bandKey == bandKey
          && java.util.Objects.equals(k.storyId, storyId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(bandKey, storyId);
    }
  }

  @Id
  @Column(name = "band_key")
  private int bandKey;

  @Id
  @Column(name = "story_id")
  private UUID storyId;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected StoryBand() {}

  StoryBand(int bandKey, UUID storyId, Instant receivedAt) {
    this.bandKey = bandKey;
    this.storyId = storyId;
    this.receivedAt = receivedAt;
  }
}

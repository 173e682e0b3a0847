package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One band of a story's fingerprint, the index under which its near-duplicates are found. */
@Entity
@Table(name = "story_band")
@IdClass(StoryBand.Key.class)
@NamedQuery(
    name = "StoryBand.deleteOfStory",
    query = "delete from StoryBand b where b.storyId = :id")
// Native: simple queries rather than a self-join, whose plan without fresh statistics (autovacuum
// off, or a new database) PostgreSQL made scans of the whole band table.
@NamedNativeQuery(
    name = "StoryBand.ofStories",
    query = "select story_id, band_key from story_band where story_id in (?1)")
// A batch's recheck: which stories of the window share any of these band keys (the band_key,
// received_at index), their rows read by id after (StoryRepository.lookAlikeRows).
@NamedNativeQuery(
    name = "StoryBand.sharing",
    query =
        "select band_key, story_id from story_band where band_key in (?1) and received_at >= ?2")
// Native, with a fixed number of keys (?1 to ?16, MinHash.BANDS, which StoryBandTest checks):
// Hibernate translates a JPQL query with a list parameter again on every call, which cost more
// than running it. ?17 is the start of the window, ?18 the story itself. Oldest first: a story
// repeated by many wires finds its first telling at once.
@NamedNativeQuery(
    name = "StoryBand.lookAlikes",
    query =
        "select s.id, s.cluster_id, s.fingerprint, s.language, s.received_at from story s"
            + " where s.id in (select b.story_id from story_band b where b.band_key in ("
            + "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16"
            + ") and b.received_at >= ?17) and s.id <> ?18"
            + " order by s.received_at, s.id")
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

package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * PostgreSQL's view of the search index's row ({@link StoryWords}): the tsvector columns it
 * generates from the words, each under a GIN index (db/postgresql/V71), with the language and time
 * the search walks. Never written and never read whole: only named in queries ({@link WordIndex},
 * {@link FoundStories}), on PostgreSQL alone, where the vectors exist.
 */
@Entity
@Table(name = "story_words")
public class StoryWordVectors {
  @Id
  @Column(name = "story_id", insertable = false, updatable = false)
  private UUID storyId;

  @Column(name = "headline_vector", insertable = false, updatable = false)
  private String headlineVector;

  @Column(name = "words_vector", insertable = false, updatable = false)
  private String wordsVector;

  @Column(insertable = false, updatable = false)
  private Language language;

  @Column(name = "version_created", insertable = false, updatable = false)
  private Instant versionCreated;

  protected StoryWordVectors() {}
}

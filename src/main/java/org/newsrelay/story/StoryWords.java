package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The search index's row of a story ({@link WordIndex}): its words folded and segmented as {@link
 * CopyWords} makes them, the headline's apart so that headline matches rank first, and the wire's
 * urgency for the search's filter, and the story's language and version time, the search's order.
 * Kept with every stored version; on PostgreSQL the migration adds generated tsvector columns over
 * these with GIN indexes ({@link StoryWordVectors}).
 */
@Entity
@Table(name = "story_words")
@NamedQuery(
    name = "StoryWords.missing",
    query =
        "select s.id from Story s where s.id > :after and not exists"
            + " (select 1 from StoryWords w where w.storyId = s.id) order by s.id")
@NamedQuery(name = "StoryWords.among", query = "select w from StoryWords w where w.storyId in :ids")
public class StoryWords {
  @Id
  @Column(name = "story_id")
  private UUID storyId;

  /** The headline's distinct words, separated by one space. */
  @Column(name = "headline_words", nullable = false)
  private String headlineWords;

  /** Every distinct word of headline, summary and body, separated by one space. */
  @Column(nullable = false)
  private String words;

  /** The wire's urgency, 1 (most urgent) to 9, or null. */
  private Integer urgency;

  /** The story's, kept with its words so that a search walks this table alone in time order. */
  private Language language;

  /** The story's version time: the search's order (see {@link #language}). */
  @Column(name = "version_created")
  private Instant versionCreated;

  protected StoryWords() {}

  StoryWords(UUID storyId) {
    this.storyId = storyId;
  }

  /** The words of the story's copy as it now stands, its language and time with them. */
  void keep(Story story, CopyWords copy, Integer urgency) {
    this.headlineWords = copy.headlineColumn();
    this.words = copy.wordsColumn();
    this.urgency = urgency;
    this.language = story.language();
    this.versionCreated = story.versionCreated();
  }

  void keepWords(Story story, CopyWords copy) {
    keep(story, copy, urgency);
  }

  UUID storyId() {
    return storyId;
  }
}

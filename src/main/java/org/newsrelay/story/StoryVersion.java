package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a rendition's copy, kept for good: sequence 0 is the copy before the first
 * correction, every correction adds the next, with its note.
 */
@Entity
@Table(name = "story_version")
@NamedQuery(
    name = "StoryVersion.ofStory",
    query = "select v from StoryVersion v where v.storyId = :story order by v.rendition, v.seq")
@NamedQuery(
    name = "StoryVersion.last",
    query =
        "select max(v.seq) from StoryVersion v where v.storyId = :story and v.rendition = :rendition")
public class StoryVersion {
  @Id private UUID id;

  @Column(name = "story_id", nullable = false)
  private UUID storyId;

  /**
   * The original's language or a Chinese variant, stored as its tag by {@link LanguageConverter}.
   */
  @Column(nullable = false)
  private Language rendition;

  @Column(nullable = false)
  private int seq;

  @Column(nullable = false)
  private String headline;

  @Column(name = "body_text")
  private String bodyText;

  @Column(name = "body_html")
  private String bodyHtml;

  private String note;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private Instant at;

  protected StoryVersion() {}

  StoryVersion(UUID storyId, int seq, Rendition copy, String note, String actor) {
    this.id = UUID.randomUUID();
    this.storyId = storyId;
    this.rendition = copy.language();
    this.seq = seq;
    this.headline = copy.headline();
    this.bodyText = copy.bodyText();
    this.bodyHtml = copy.bodyHtml();
    this.note = note;
    this.actor = actor;
    this.at = Instant.now();
  }

  /** The rendition's tag ({@code zh-Hant-TW}), as the desk's JSON spells it. */
  public String rendition() {
    return rendition.tag();
  }

  public int seq() {
    return seq;
  }

  public String headline() {
    return headline;
  }

  public String bodyText() {
    return bodyText;
  }

  public String bodyHtml() {
    return bodyHtml;
  }

  public String note() {
    return note;
  }

  public String actor() {
    return actor;
  }

  public Instant at() {
    return at;
  }
}

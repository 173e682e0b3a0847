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

/** A Chinese variant of a story that an editor corrected by hand, shown instead of conversion. */
@Entity
@Table(name = "story_rendition")
@IdClass(StoryRendition.Key.class)
@NamedQuery(
    name = "StoryRendition.among",
    query = "select r from StoryRendition r where r.storyId in :ids and r.language = :tag")
@NamedQuery(
    name = "StoryRendition.deleteOfStory",
    query = "delete from StoryRendition r where r.storyId = :id")
public class StoryRendition {
  /** The primary key: the story and the variant's tag. */
  public static class Key implements Serializable {
    private UUID storyId;
    private String language;

    public Key() {}

    Key(UUID storyId, String language) {
      this.storyId = storyId;
      this.language = language;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(storyId, key.storyId)
          && Objects.equals(language, key.language);
    }

    @Override
    public int hashCode() {
      return Objects.hash(storyId, language);
    }
  }

  @Id
  @Column(name = "story_id")
  private UUID storyId;

  @Id private String language;

  @Column(nullable = false)
  private String headline;

  @Column(name = "body_text")
  private String bodyText;

  @Column(name = "body_html")
  private String bodyHtml;

  @Column(name = "corrected_at", nullable = false)
  private Instant correctedAt;

  @Column(name = "corrected_by", nullable = false)
  private String correctedBy;

  /**
   * The editor's note readers see with this variant, or null (see {@link Story#correctionNote}).
   */
  private String note;

  protected StoryRendition() {}

  StoryRendition(UUID storyId, Language language) {
    this.storyId = storyId;
    this.language = language.tag();
  }

  UUID storyId() {
    return storyId;
  }

  void correct(Rendition copy, String actor, String readersNote) {
    this.note = readersNote;
    this.headline = copy.headline();
    this.bodyText = copy.bodyText();
    this.bodyHtml = copy.bodyHtml();
    this.correctedAt = Instant.now();
    this.correctedBy = actor;
  }

  String note() {
    return note;
  }

  Rendition copy() {
    return new Rendition(
        Language.ofExactTag(language).orElseThrow(),
        Rendition.Kind.CORRECTED,
        headline,
        bodyText,
        bodyHtml);
  }
}

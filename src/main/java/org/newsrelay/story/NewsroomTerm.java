package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A word the converter gets wrong for one Chinese variant, and the newsroom's word for it: 软件 is 軟體
 * in zh-Hant-TW. Added from the console; exported in the format of translations/terms/.
 */
@Entity
@Table(name = "newsroom_term")
@NamedQuery(
    name = "NewsroomTerm.all",
    query = "select t from NewsroomTerm t order by t.target, t.source")
@NamedQuery(
    name = "NewsroomTerm.forTarget",
    query = "select t from NewsroomTerm t where t.target = :target")
@NamedQuery(
    name = "NewsroomTerm.ofSource",
    query = "select t from NewsroomTerm t where t.target = :target and t.source = :source")
public class NewsroomTerm {
  @Id private UUID id;

  /** The variant the term is for, stored as its tag by {@link LanguageConverter}. */
  @Column(nullable = false)
  private Language target;

  /** The word as the original writes it, in any script. */
  @Column(nullable = false)
  private String source;

  /** The newsroom's word in the target variant. */
  @Column(nullable = false)
  private String term;

  private String note;

  @Column(name = "added_by", nullable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected NewsroomTerm() {}

  NewsroomTerm(Language target, String source, String term, String note, String actor) {
    this.id = UUID.randomUUID();
    this.target = target;
    this.source = source;
    this.term = term;
    this.note = note;
    this.addedBy = actor;
    this.addedAt = Instant.now();
  }

  void replace(String term, String note, String actor) {
    this.term = term;
    this.note = note;
    this.addedBy = actor;
    this.addedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public Language target() {
    return target;
  }

  public String source() {
    return source;
  }

  public String term() {
    return term;
  }

  public String note() {
    return note;
  }

  public String addedBy() {
    return addedBy;
  }

  public Instant addedAt() {
    return addedAt;
  }
}

package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One story as newsrelay publishes it. Its identity is the origin (a polled source or a pushing
 * account) together with the wire's own uri: the same uri from the same origin is the same story,
 * and a newer version replaces the older one.
 */
@Entity
@Table(name = "story")
@NamedQuery(name = "Story.byIds", query = "select s from Story s where s.id in :ids")
@NamedQuery(
    name = "Story.receivedSince",
    query = "select s from Story s where s.receivedAt >= :since order by s.receivedAt desc, s.id")
@NamedQuery(
    name = "Story.idsReceivedSince",
    query =
        "select s.id from Story s where s.receivedAt >= :since order by s.receivedAt desc, s.id")
@NamedQuery(
    name = "Story.embargoesDue",
    query = "select s.id from Story s where s.embargoedUntil <= :now order by s.embargoedUntil")
@NamedQuery(
    name = "Story.liftEmbargo",
    query =
        "update Story s set s.embargoedUntil = null where s.id = :id and s.embargoedUntil = :seen")
@NamedQuery(
    name = "Story.clusterMembers",
    query =
        "select s.id, s.clusterId, s.origin, s.link, s.language from Story s"
            + " where s.clusterId in :clusters and s.language in :languages and "
            + Readership.IS_PUBLIC
            + " order by s.receivedAt, s.id")
@NamedQuery(
    name = "Story.positions",
    query = StoryRepository.POSITIONS + " order by s.versionCreated desc, s.id desc")
@NamedQuery(
    name = "Story.positionsOlder",
    query =
        StoryRepository.POSITIONS
            + " and s.versionCreated <= :at and (s.versionCreated < :at or s.id < :id)"
            + " order by s.versionCreated desc, s.id desc")
@NamedQuery(
    name = "Story.positionsNewer",
    query =
        StoryRepository.POSITIONS
            + " and s.versionCreated >= :at and (s.versionCreated > :at or s.id > :id)"
            + " order by s.versionCreated asc, s.id asc")
@NamedQuery(
    name = "Story.killed",
    query =
        "select s.id, s.killedAt from Story s where s.language = :language"
            + " and s.killedAt > :since and s.killedAt <= :now and "
            + Readership.LEAVES_TOMBSTONE
            + " order by s.killedAt desc")
@NamedQuery(
    name = "Story.nextEmbargo",
    query =
        "select min(s.embargoedUntil) from Story s where s.language in :languages and "
            + Readership.PUBLIC_ONCE_EMBARGO_PASSES)
@NamedQuery(
    name = "Story.othersInCluster",
    query =
        "select s from Story s where s.clusterId = :cluster and s.id <> :id order by s.receivedAt")
@NamedQuery(
    name = "Story.moveCluster",
    query = "update Story s set s.clusterId = :cluster where s.clusterId = :old")
@NamedQuery(
    name = "Story.joinCluster",
    query = "update Story s set s.clusterId = :cluster where s.id in :ids")
public class Story {
  @Id private UUID id;

  @Column(nullable = false)
  private String origin;

  @Column(nullable = false)
  private String uri;

  @Column(name = "source_id")
  private UUID sourceId;

  @Column(nullable = false)
  private Language language;

  @Column(nullable = false)
  private String headline;

  private String summary;

  @Column(name = "body_text")
  private String bodyText;

  @Column(name = "body_html")
  private String bodyHtml;

  private String link;
  private String byline;

  @Column(name = "version_created", nullable = false)
  private Instant versionCreated;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(nullable = false)
  private StoryStatus status;

  @Column(nullable = false)
  private int version;

  @Column(name = "embargoed_until")
  private Instant embargoedUntil;

  @Column(name = "killed_at")
  private Instant killedAt;

  @Column(name = "kill_reason")
  private String killReason;

  /** IPTC subject codes or names, one per line. */
  private String subjects;

  @Column(name = "cluster_id")
  private UUID clusterId;

  private Long fingerprint;

  /** When the story was first public (see {@link Readership}); null while it never was. */
  @Column(name = "first_public_at")
  private Instant firstPublicAt;

  protected Story() {}

  public Story(UUID id, String origin, String uri, UUID sourceId) {
    this.id = id;
    this.origin = origin;
    this.uri = uri;
    this.sourceId = sourceId;
    this.receivedAt = Instant.now();
    this.status = StoryStatus.PUBLISHED;
  }

  /** Takes a (newer) version of the copy. */
  public void revise(StoryCopy copy) {
    this.language = copy.language();
    this.headline = copy.headline();
    this.summary = copy.summary();
    this.bodyText = copy.bodyText();
    this.bodyHtml = copy.bodyHtml();
    this.link = copy.link();
    this.byline = copy.byline();
    this.versionCreated = copy.versionCreated();
    this.subjects = copy.subjects().isEmpty() ? null : String.join("\n", copy.subjects());
    this.embargoedUntil = copy.embargoedUntil();
    this.updatedAt = Instant.now();
    this.version++;
  }

  /** An editor's correction of the original copy: a new version with the same wire time. */
  void correct(String headline, String bodyText, String bodyHtml) {
    this.headline = headline;
    this.bodyText = bodyText;
    this.bodyHtml = bodyHtml;
    this.updatedAt = Instant.now();
    this.version++;
  }

  /** An editor sets, moves or lifts (null) the embargo. */
  void embargo(Instant until) {
    this.embargoedUntil = until;
    this.updatedAt = Instant.now();
  }

  /** An editor changed a variant of the story: caches keyed on its time follow. */
  void touch() {
    this.updatedAt = Instant.now();
  }

  /**
   * Remembers that the story is public in the state read from or about to be written to the
   * database. The workflow asks before and after each change that commits: an embargo may have
   * passed unannounced, so "it was public" cannot be read from the state left behind.
   */
  void notePublic() {
    Instant now = Instant.now();
    if (firstPublicAt == null && Readership.isPublic(this, now)) {
      firstPublicAt =
          embargoedUntil != null && embargoedUntil.isAfter(receivedAt) ? embargoedUntil : now;
    }
  }

  /** An embargo passed at {@code since}: a published story has been public from then. */
  void embargoPassed(Instant since) {
    if (firstPublicAt == null && state() == StoryStatus.PUBLISHED && killedAt == null) {
      firstPublicAt = since;
    }
  }

  /** An editor merges the story into a cluster or splits it out into one of its own. */
  void joinCluster(UUID cluster) {
    this.clusterId = cluster;
  }

  void clustered(UUID cluster, long fingerprint) {
    this.clusterId = cluster;
    this.fingerprint = fingerprint;
  }

  public StoryStatus state() {
    return status;
  }

  void moveTo(StoryStatus next) {
    status = next;
    updatedAt = Instant.now();
  }

  void kill(String reason) {
    moveTo(StoryStatus.KILLED);
    killedAt = updatedAt;
    killReason = reason;
  }

  public UUID id() {
    return id;
  }

  public String origin() {
    return origin;
  }

  public String uri() {
    return uri;
  }

  public UUID sourceId() {
    return sourceId;
  }

  public Language language() {
    return language;
  }

  public String headline() {
    return headline;
  }

  public String summary() {
    return summary;
  }

  public String bodyText() {
    return bodyText;
  }

  public String bodyHtml() {
    return bodyHtml;
  }

  public String link() {
    return link;
  }

  public String byline() {
    return byline;
  }

  public Instant versionCreated() {
    return versionCreated;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The status as the API and the database spell it. */
  public String status() {
    return status.value();
  }

  public int version() {
    return version;
  }

  public Instant embargoedUntil() {
    return embargoedUntil;
  }

  public Instant killedAt() {
    return killedAt;
  }

  public String killReason() {
    return killReason;
  }

  public java.util.List<String> subjects() {
    return subjects == null || subjects.isEmpty()
        ? java.util.List.of()
        : java.util.List.of(subjects.split("\n"));
  }

  public UUID clusterId() {
    return clusterId;
  }

  public Long fingerprint() {
    return fingerprint;
  }

  public Instant firstPublicAt() {
    return firstPublicAt;
  }
}

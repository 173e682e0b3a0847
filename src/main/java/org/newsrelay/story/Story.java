package org.newsrelay.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.platform.Conflict;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.story.StoryCopy.WireStatus;

/**
 * One story as newsrelay publishes it. Its identity is the origin (a polled source or a pushing
 * account) together with the wire's own uri: the same uri from the same origin is the same story,
 * and a newer version replaces the older one.
 *
 * <p>The workflow's rules live here, where a unit test reaches them ({@code StoryTest}): a killed
 * story cannot change; a wire's older copy is ignored and its newer copy waits for an editor when
 * the desk corrected the story; an embargo the desk decided outlives the wire's; the wire's
 * pubstatus holds, kills or releases only what the wire may; and a change is announced when it
 * becomes public, not before. {@link StoryService} keeps the history and fires the events.
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
    query = PublishedStories.POSITIONS + " order by s.versionCreated desc, s.id desc")
@NamedQuery(
    name = "Story.positionsOlder",
    query =
        PublishedStories.POSITIONS
            + " and s.versionCreated <= :at and (s.versionCreated < :at or s.id < :id)"
            + " order by s.versionCreated desc, s.id desc")
@NamedQuery(
    name = "Story.positionsNewer",
    query =
        PublishedStories.POSITIONS
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

  @Column(name = "correction_note")
  private String correctionNote;

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
    revise(copy, true);
  }

  /** Not {@code significant}: a refile that says the same ({@link Refile}) keeps the dates. */
  void revise(StoryCopy copy, boolean significant) {
    this.language = copy.language();
    this.headline = copy.headline();
    this.summary = copy.summary();
    this.bodyText = copy.bodyText();
    this.bodyHtml = copy.bodyHtml();
    this.link = copy.link();
    this.byline = copy.byline();
    this.subjects = copy.subjects().isEmpty() ? null : String.join("\n", copy.subjects());
    this.embargoedUntil = copy.embargoedUntil();
    this.correctionNote = null;
    if (significant) {
      this.versionCreated = copy.versionCreated();
      this.updatedAt = Instant.now();
    }
    this.version++;
  }

  /** Is {@code copy} older than the version held, so that it changes nothing? */
  boolean isNewerThan(StoryCopy copy) {
    return copy.versionCreated().isBefore(versionCreated);
  }

  /** Takes a wire's newer copy; true when the desk's embargo was kept over the copy's own. */
  boolean reviseFromWire(StoryCopy copy, DeskRecord desk, String origin, boolean significant) {
    Instant deskEmbargo = embargoedUntil;
    revise(copy, significant);
    if (desk.embargoDecidedByDesk(origin) && !Objects.equals(deskEmbargo, copy.embargoedUntil())) {
      embargo(deskEmbargo);
      return true;
    }
    return false;
  }

  /** What a wire's pubstatus did to the story, for its history. */
  enum WireStep {
    KILLED("killed", "pubstatus canceled"),
    HELD("held", "pubstatus withheld"),
    PUBLISHED("published", "pubstatus usable");

    final String action;
    final String note;

    WireStep(String action, String note) {
      this.action = action;
      this.note = note;
    }
  }

  /**
   * Follows the wire's pubstatus: canceled kills, withheld holds a published story, usable lifts
   * only a hold that {@code origin} itself made (an editor's hold waits for an editor).
   */
  Optional<WireStep> follow(WireStatus status, String origin, DeskRecord desk) {
    switch (status) {
      case CANCELED -> {
        if (state() != StoryStatus.KILLED) {
          kill("Canceled by the wire.");
          return Optional.of(WireStep.KILLED);
        }
      }
      case WITHHELD -> {
        if (state() == StoryStatus.PUBLISHED) {
          moveTo(StoryStatus.HELD);
          return Optional.of(WireStep.HELD);
        }
      }
      case USABLE -> {
        if (state() == StoryStatus.HELD && desk.heldBy(origin)) {
          moveTo(StoryStatus.PUBLISHED);
          return Optional.of(WireStep.PUBLISHED);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Is a change of kind {@code kind} announced at {@code now}? An incoming story is announced when
   * an editor publishes it and an embargoed one when its embargo lifts ({@link EmbargoRelease}); a
   * kill always is, so that whoever took the story hears of it.
   */
  boolean announces(StoryChanged.Kind kind, Instant now) {
    if (kind == StoryChanged.Kind.KILLED) {
      return true;
    }
    return state() != StoryStatus.INCOMING
        && (embargoedUntil == null || !embargoedUntil.isAfter(now));
  }

  /** An editor may change the story: anything but a killed one. */
  void requireEditable() {
    if (state() == StoryStatus.KILLED) {
      throw new Conflict("The story was killed; it cannot be changed.");
    }
  }

  /** An editor kills the story, saying why. */
  void killByDesk(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("Killing a story needs a \"reason\".");
    }
    requireEditable();
    kill(reason.strip());
  }

  /** An editor holds the story: it leaves every public surface until published again. */
  void holdByDesk() {
    requireEditable();
    moveTo(StoryStatus.HELD);
  }

  /** An editor publishes the story: from incoming, or again after a hold. */
  void publishByDesk() {
    requireEditable();
    moveTo(StoryStatus.PUBLISHED);
  }

  /** An editor's correction of the original copy, with what readers are told of it (or null). */
  void correct(String headline, String bodyText, String bodyHtml, String note) {
    this.headline = headline;
    this.bodyText = bodyText;
    this.bodyHtml = bodyHtml;
    this.correctionNote = note;
    this.updatedAt = Instant.now();
    this.version++;
  }

  /** An editor sets, moves or lifts (null) the embargo. */
  void embargo(Instant until) {
    this.embargoedUntil = until;
    touch();
  }

  /** An editor changed a variant of the story: caches keyed on its time follow. */
  void touch() {
    this.updatedAt = Instant.now();
  }

  /** An editor corrected a variant: a new version too, as partners count them. */
  void variantCorrected() {
    touch();
    this.version++;
  }

  /**
   * Remembers that the story is public in the state read from or written to the database, asked
   * before and after each change: an embargo may have passed unannounced since.
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

  public String correctionNote() {
    return correctionNote;
  }
}

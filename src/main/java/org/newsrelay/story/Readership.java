package org.newsrelay.story;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;

/**
 * Who may read a story now: the one rule every surface asks (feeds and topic feeds, story pages,
 * the stories and content APIs, links to translations and other sources, tombstones, WebSub
 * deliveries). A story is public when it is published, not killed and past its embargo. Editors and
 * admins see every story; a wire also sees what it pushed itself, to follow its 202; everyone else,
 * partners included, sees public stories only. Partner entitlements decide which feeds a partner
 * may read (partner-only topics), not which stories: nobody outside the desk reads embargoed copy
 * early.
 *
 * <p>The story domain's queries apply the rule: named queries through {@link #IS_PUBLIC}, which
 * binds {@code :now}, Criteria through {@link #isPublic(CriteriaBuilder, Path, Instant)}; code that
 * already holds a story asks {@link #isPublic(Story, Instant)}. All say the same. Other domains ask
 * {@link StoryRepository}, which applies it.
 */
public final class Readership {
  /** The rule as a JPQL condition over {@code Story s}, for named queries; binds {@code :now}. */
  static final String IS_PUBLIC =
      "(s.status = org.newsrelay.story.StoryStatus.PUBLISHED and s.killedAt is null"
          + " and (s.embargoedUntil is null or s.embargoedUntil <= :now))";

  /** The same over {@code Story m}, a member of the cluster of {@code s}. */
  static final String MEMBER_IS_PUBLIC =
      "(m.status = org.newsrelay.story.StoryStatus.PUBLISHED and m.killedAt is null"
          + " and (m.embargoedUntil is null or m.embargoedUntil <= :now))";

  /**
   * A JPQL condition over {@code Story s}: the story will be public once its embargo passes (after
   * {@code :now}), unless the desk changes it first. Feeds end their cache at that moment.
   */
  static final String PUBLIC_ONCE_EMBARGO_PASSES =
      "(s.status = org.newsrelay.story.StoryStatus.PUBLISHED and s.killedAt is null"
          + " and s.embargoedUntil > :now)";

  /** {@link #leavesTombstone(Story)} as a JPQL condition over {@code Story s}. */
  static final String LEAVES_TOMBSTONE = "(s.killedAt is not null and s.firstPublicAt is not null)";

  private Readership() {}

  /** The origin a push by this account is stored under (ingest's convention, named once here). */
  public static String pushOrigin(String account) {
    return "push:" + account;
  }

  /** May anyone read the story at {@code now}? */
  public static boolean isPublic(Story story, Instant now) {
    return story.state() == StoryStatus.PUBLISHED
        && story.killedAt() == null
        && (story.embargoedUntil() == null || !story.embargoedUntil().isAfter(now));
  }

  /** The same rule as a Criteria condition over a story. */
  static Predicate isPublic(CriteriaBuilder cb, Path<Story> s, Instant now) {
    return cb.and(
        cb.equal(s.get("status"), StoryStatus.PUBLISHED),
        cb.isNull(s.get("killedAt")),
        cb.or(
            cb.isNull(s.get("embargoedUntil")),
            cb.lessThanOrEqualTo(s.<Instant>get("embargoedUntil"), now)));
  }

  /**
   * What a reader outside the desk may read, as a Criteria condition over a story: public stories,
   * and a wire's own pushes too.
   */
  static Predicate readable(CriteriaBuilder cb, Path<Story> s, Reader reader, Instant now) {
    Predicate open = isPublic(cb, s, now);
    return reader.account() == null
        ? open
        : cb.or(open, cb.equal(s.get("origin"), pushOrigin(reader.account())));
  }

  /**
   * Does a kill leave a public trace (an RFC 6721 tombstone, a 410 page)? Only when the story was
   * public at some moment before it was killed: a story killed under embargo, while incoming or
   * held from the start, was never seen and leaves nothing.
   */
  public static boolean leavesTombstone(Story story) {
    return story.killedAt() != null && story.firstPublicAt() != null;
  }

  /** The same as a Criteria condition over a story. */
  static Predicate leavesTombstone(CriteriaBuilder cb, Path<Story> s) {
    return cb.and(cb.isNotNull(s.get("killedAt")), cb.isNotNull(s.get("firstPublicAt")));
  }

  /** Who is asking, as far as stories are concerned. */
  public record Reader(String account, boolean desk) {
    /** Anyone without an account: feed readers, crawlers, the public. */
    public static final Reader PUBLIC = new Reader(null, false);

    /** Editors and admins: every story in every state. */
    public static Reader desk(String account) {
      return new Reader(account, true);
    }

    /**
     * The caller a resource has: anyone without an account is the public; an account with the
     * editor's or admin's role is the desk.
     */
    public static Reader of(String account, boolean deskRole) {
      if (account == null) {
        return PUBLIC;
      }
      return deskRole ? desk(account) : new Reader(account, false);
    }

    public boolean mayRead(Story story, Instant now) {
      return desk || isPublic(story, now) || pushedIt(story.origin());
    }

    /**
     * Sees the desk's view of a story: its history, kill reason, embargo and origin. Not even the
     * wire that pushed it: an editor's kill reason may be legal advice.
     */
    public boolean seesDesk() {
      return desk;
    }

    public boolean pushedIt(String origin) {
      return account != null && pushOrigin(account).equals(origin);
    }
  }
}

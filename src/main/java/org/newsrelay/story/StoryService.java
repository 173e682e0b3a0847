package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsrelay.platform.ProblemException;

/**
 * Stores versions of stories and moves them through the desk's workflow. Every visible change fires
 * {@link StoryChanged} inside the transaction, and is written to the story's history.
 */
@ApplicationScoped
@Transactional
public class StoryService {
  static final String WIRE = "wire";

  /** The actor of what happens by itself, such as an embargo passing. */
  static final String CLOCK = "newsrelay";

  /** What the desk did that a wire's newer version must not undo (see {@link #store}). */
  private static final List<String> DESK_ACTIONS =
      List.of("corrected", "wire version accepted", "embargoed", "embargo lifted");

  @Inject StoryRepository stories;
  @Inject StoryHistory history;
  @Inject Clustering clustering;
  @Inject Event<StoryChanged> changes;
  @Inject Origins origins;
  @PersistenceContext EntityManager em;

  /**
   * A new version from a wire or a feed: a new story is created, a newer version revises it, an
   * older one is ignored. The wire's pubstatus holds (withheld) or kills (canceled) it.
   *
   * @return true when the story was created or revised
   */
  public boolean store(UUID id, String origin, String uri, UUID sourceId, StoryCopy copy) {
    Story story = stories.find(id).orElse(null);
    boolean created = story == null;
    if (created) {
      story = new Story(id, origin, uri, sourceId);
      story.revise(copy);
      stories.add(story);
      history.record(story, origin, "created", null);
      if (!origins.trusted(origin)) {
        story.moveTo(StoryStatus.INCOMING);
        history.record(story, origin, "incoming", "the origin is not trusted");
      }
    } else if (copy.versionCreated().isBefore(story.versionCreated())) {
      return false;
    } else {
      story.notePublic();
      Map<String, String> desk = history.lastActors(id, DESK_ACTIONS);
      if (correctionInForce(desk)) {
        // The desk corrected this story: the wire's newer copy waits for an editor instead of
        // replacing the correction. Its cancel or hold below still applies at once.
        if (!keepForReview(story, origin, copy)) {
          return false;
        }
      } else {
        revise(story, origin, copy, deskDecidedEmbargo(desk, origin));
      }
    }
    clustering.assign(story, created);
    StoryChanged.Kind kind = created ? StoryChanged.Kind.PUBLISHED : StoryChanged.Kind.REVISED;
    switch (copy.wireStatus()) {
      case CANCELED -> {
        if (story.state() != StoryStatus.KILLED) {
          story.kill("Canceled by the wire.");
          history.record(story, origin, "killed", "pubstatus canceled");
        }
        kind = StoryChanged.Kind.KILLED;
      }
      case WITHHELD -> {
        if (story.state() == StoryStatus.PUBLISHED) {
          story.moveTo(StoryStatus.HELD);
          history.record(story, origin, "held", "pubstatus withheld");
        }
      }
      case USABLE -> {
        // The wire lifts its own hold; an editor's hold stays until an editor publishes.
        if (story.state() == StoryStatus.HELD && origin.equals(history.lastActor(id, "held"))) {
          story.moveTo(StoryStatus.PUBLISHED);
          history.record(story, origin, "published", "pubstatus usable");
        }
      }
    }
    story.notePublic();
    // An embargoed story is announced when its embargo lifts (EmbargoRelease), not before; an
    // incoming one when an editor publishes it.
    if (story.state() == StoryStatus.INCOMING && kind != StoryChanged.Kind.KILLED) {
      return true;
    }
    if (story.embargoedUntil() == null
        || !story.embargoedUntil().isAfter(Instant.now())
        || kind == StoryChanged.Kind.KILLED) {
      changes.fire(StoryChanged.of(story, kind));
    }
    return true;
  }

  /** Keeps a wire's newer copy of a corrected story aside; false if it is not newer. */
  private boolean keepForReview(Story story, String origin, StoryCopy copy) {
    WireVersion waiting = em.find(WireVersion.class, story.id());
    if (waiting == null) {
      em.persist(new WireVersion(story.id(), copy));
    } else if (copy.versionCreated().isBefore(waiting.versionCreated())) {
      return false;
    } else {
      waiting.replace(copy);
    }
    history.record(
        story,
        origin,
        "wire version waiting",
        "version of "
            + copy.versionCreated()
            + " waits for an editor: the desk corrected the story");
    return true;
  }

  /** A wire's newer copy replaces the story's; an embargo the desk decided stays. */
  private void revise(Story story, String origin, StoryCopy copy, boolean deskDecidedEmbargo) {
    Instant deskEmbargo = story.embargoedUntil();
    story.revise(copy);
    if (deskDecidedEmbargo && !java.util.Objects.equals(deskEmbargo, copy.embargoedUntil())) {
      // An editor's embargo (or its early lift) stands over what the wire's new version says.
      story.embargo(deskEmbargo);
      history.record(story, origin, "wire embargo ignored", "the desk decided the embargo");
    }
    history.record(story, origin, "revised", "version " + story.version());
  }

  /** Was the story corrected since a wire version was last accepted (or ever)? */
  private static boolean correctionInForce(Map<String, String> desk) {
    for (String action : desk.keySet()) {
      if (action.equals("corrected") || action.equals("wire version accepted")) {
        return action.equals("corrected");
      }
    }
    return false;
  }

  /** Did an editor, not the wire nor the clock, last set or lift the story's embargo? */
  private static boolean deskDecidedEmbargo(Map<String, String> desk, String origin) {
    for (String action : List.of("embargoed", "embargo lifted")) {
      String actor = desk.get(action);
      if (actor != null && !actor.equals(origin) && !actor.equals(CLOCK)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An editor takes the wire's waiting version: it replaces the copy, and the corrections made to
   * the older one (kept as versions) no longer show.
   */
  public Story acceptWireVersion(UUID id, String actor) {
    Story story = editable(id);
    WireVersion waiting = waiting(id);
    story.revise(waiting.copy());
    stories.dropCorrections(id);
    em.remove(waiting);
    history.record(story, actor, "wire version accepted", "version " + story.version());
    story.notePublic();
    changes.fire(StoryChanged.of(story, StoryChanged.Kind.REVISED));
    return story;
  }

  /** An editor keeps the corrected copy and drops the wire's waiting version. */
  public Story dismissWireVersion(UUID id, String actor) {
    Story story = editable(id);
    em.remove(waiting(id));
    history.record(story, actor, "wire version dismissed", null);
    return story;
  }

  /** The wire's version waiting for the desk, if any. */
  public java.util.Optional<WireVersion> waitingVersion(UUID id) {
    return java.util.Optional.ofNullable(em.find(WireVersion.class, id));
  }

  private WireVersion waiting(UUID id) {
    return waitingVersion(id)
        .orElseThrow(
            () -> ProblemException.notFound("No wire version of story " + id + " is waiting."));
  }

  public Story kill(UUID id, String actor, String reason) {
    if (reason == null || reason.isBlank()) {
      throw ProblemException.badRequest("Killing a story needs a \"reason\".");
    }
    Story story = editable(id);
    story.kill(reason.strip());
    story.notePublic();
    history.record(story, actor, "killed", reason.strip());
    changes.fire(StoryChanged.of(story, StoryChanged.Kind.KILLED));
    return story;
  }

  public Story hold(UUID id, String actor) {
    Story story = editable(id);
    story.moveTo(StoryStatus.HELD);
    story.notePublic();
    history.record(story, actor, "held", null);
    changes.fire(StoryChanged.of(story, StoryChanged.Kind.REVISED));
    return story;
  }

  public Story publish(UUID id, String actor) {
    Story story = editable(id);
    story.moveTo(StoryStatus.PUBLISHED);
    story.notePublic();
    history.record(story, actor, "published", null);
    changes.fire(StoryChanged.of(story, StoryChanged.Kind.PUBLISHED));
    return story;
  }

  /** Lifts one passed embargo; false when another node lifted it first. */
  public boolean liftEmbargo(UUID id) {
    Story story = stories.find(id).orElse(null);
    Instant until = story == null ? null : story.embargoedUntil();
    if (until == null || until.isAfter(Instant.now()) || !stories.claimEmbargoLift(id, until)) {
      return false;
    }
    story.embargoPassed(until);
    history.record(story, CLOCK, "embargo lifted", until.toString());
    if (story.state() == StoryStatus.PUBLISHED) {
      changes.fire(StoryChanged.of(story, StoryChanged.Kind.PUBLISHED));
    }
    return true;
  }

  private Story editable(UUID id) {
    Story story =
        stories
            .find(id)
            .orElseThrow(() -> ProblemException.notFound("There is no story " + id + "."));
    if (story.state() == StoryStatus.KILLED) {
      throw new ProblemException(409, "Conflict", "The story was killed; it cannot be changed.");
    }
    story.notePublic();
    return story;
  }
}

package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
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

  @Inject StoryRepository stories;
  @Inject StoryHistory history;
  @Inject Clustering clustering;
  @Inject Event<StoryChanged> changes;
  @Inject Origins origins;

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
      story.revise(copy);
      history.record(story, origin, "revised", "version " + story.version());
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
      changes.fire(new StoryChanged(id, story.language(), kind));
    }
    return true;
  }

  public Story kill(UUID id, String actor, String reason) {
    if (reason == null || reason.isBlank()) {
      throw ProblemException.badRequest("Killing a story needs a \"reason\".");
    }
    Story story = editable(id);
    story.kill(reason.strip());
    story.notePublic();
    history.record(story, actor, "killed", reason.strip());
    changes.fire(new StoryChanged(id, story.language(), StoryChanged.Kind.KILLED));
    return story;
  }

  public Story hold(UUID id, String actor) {
    Story story = editable(id);
    story.moveTo(StoryStatus.HELD);
    story.notePublic();
    history.record(story, actor, "held", null);
    changes.fire(new StoryChanged(id, story.language(), StoryChanged.Kind.REVISED));
    return story;
  }

  public Story publish(UUID id, String actor) {
    Story story = editable(id);
    story.moveTo(StoryStatus.PUBLISHED);
    story.notePublic();
    history.record(story, actor, "published", null);
    changes.fire(new StoryChanged(id, story.language(), StoryChanged.Kind.PUBLISHED));
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
    history.record(story, "newsrelay", "embargo lifted", until.toString());
    if (story.state() == StoryStatus.PUBLISHED) {
      changes.fire(new StoryChanged(id, story.language(), StoryChanged.Kind.PUBLISHED));
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

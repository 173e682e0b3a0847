package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.Transactions;
import org.newsrelay.text.TextEngine;

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

  private static final String READY = StoryService.class.getName() + ".ready";

  @Inject StoryRepository stories;
  @Inject StoryHistory history;
  @Inject Clustering clustering;
  @Inject Event<StoryChanged> changes;
  @Inject Origins origins;
  @Inject WordIndex index;
  @Inject Transactions transactions;
  @PersistenceContext EntityManager em;
  private final TextEngine text = TextEngine.standard();

  /**
   * Reads the stories a batch is about to store in one query, for the rest of the transaction:
   * {@link #store} then finds the known ones loaded and knows the others are new, instead of a
   * select per story (measured: 6% of the server's CPU under batches, most of it asking for stories
   * that did not exist yet).
   */
  public void expect(Map<UUID, StoryCopy> copies) {
    Set<UUID> fresh = new HashSet<>(copies.keySet());
    stories.all(copies.keySet()).forEach(found -> fresh.remove(found.id()));
    // The new ones' words, once, and their look-alikes among the committed stories, for the batch.
    Map<UUID, CopyWords> words = new HashMap<>();
    fresh.forEach(id -> words.put(id, CopyWords.of(text, copies.get(id))));
    Map<UUID, Clustering.Prepared> prepared = clustering.prepare(words);
    Map<UUID, Ready> ready = transactions.once(READY, HashMap::new);
    words.forEach((id, w) -> ready.put(id, new Ready(w, prepared.get(id))));
  }

  /**
   * A story {@link #expect} found new: its words, and its look-alikes if its batch found them
   * (null: assign asks).
   */
  private record Ready(CopyWords words, Clustering.Prepared prepared) {}

  /**
   * A new version from a wire or a feed: a new story is created, a newer version revises it, an
   * older one is ignored. The wire's pubstatus holds (withheld) or kills (canceled) it.
   *
   * @return true when the story was created or revised
   */
  public boolean store(UUID id, String origin, String uri, UUID sourceId, StoryCopy copy) {
    // Taken once: a later version in the same batch finds the story in the persistence context.
    Ready ready = transactions.<Map<UUID, Ready>>once(READY, HashMap::new).remove(id);
    Story story = ready != null ? null : stories.find(id).orElse(null);
    boolean created = story == null;
    DeskRecord desk = DeskRecord.none();
    Instant now = Instant.now();
    boolean publicBefore = false;
    boolean refiled = false;
    if (created) {
      story = new Story(id, origin, uri, sourceId);
      story.revise(copy);
      stories.keepMetadata(id, copy.wire(), true);
      history.record(story, origin, "created", null);
      if (!origins.trusted(origin)) {
        story.moveTo(StoryStatus.INCOMING);
        history.record(story, origin, "incoming", "the origin is not trusted");
      }
    } else if (story.isNewerThan(copy)) {
      return false;
    } else {
      story.notePublic();
      publicBefore = Readership.isPublic(story, now);
      desk = new DeskRecord(history.lastActors(id, DeskRecord.ACTIONS));
      if (desk.correctionInForce()) {
        // The desk corrected this story: the wire's newer copy waits for an editor instead of
        // replacing the correction. Its cancel or hold below still applies at once.
        if (!keepForReview(story, origin, copy)) {
          return false;
        }
      } else if (Refile.changesNothing(story, copy) && stories.metadata(id).equals(copy.wire())) {
        // The copy and everything else the wire said (its metadata: rights, ednote, ...) as before.
        // Nothing a reader sees changes: no version, no dates, no delivery; its pubstatus applies.
        refiled = true;
        history.record(
            story, origin, "refiled", "version of " + copy.versionCreated() + ": no change");
      } else {
        boolean significant = !Refile.saysTheSame(story, copy);
        if (story.reviseFromWire(copy, desk, origin, significant)) {
          history.record(story, origin, "wire embargo ignored", "the desk decided the embargo");
        }
        stories.keepMetadata(id, copy.wire(), false);
        history.record(
            story,
            origin,
            "revised",
            "version " + story.version() + (significant ? "" : ", no change of meaning"));
      }
    }
    if (!refiled) {
      CopyWords words = ready != null ? ready.words() : CopyWords.of(text, story);
      clustering.assign(story, created, words, ready == null ? null : ready.prepared());
      index.keep(story, words, copy.wire().urgency(), created);
    }
    StoryChanged.Kind kind = created ? StoryChanged.Kind.PUBLISHED : StoryChanged.Kind.REVISED;
    Optional<Story.WireStep> step = story.follow(copy.wireStatus(), origin, desk);
    Advisory.Kind advisory = null;
    if (step.isPresent()) {
      advisory = wireAdvisory(step.get(), story, publicBefore);
      if (advisory == null) {
        history.record(story, origin, step.get().action, step.get().note);
      } else {
        history.advise(story, origin, step.get().action, step.get().note, advisory, null, null);
      }
      if (step.get() == Story.WireStep.HELD) {
        kind = StoryChanged.Kind.HELD;
      } else if (advisory == Advisory.Kind.RELEASED) {
        kind = StoryChanged.Kind.RELEASED;
      }
    }
    if (copy.wireStatus() == StoryCopy.WireStatus.CANCELED) {
      kind = StoryChanged.Kind.KILLED;
    }
    story.notePublic();
    if (created) {
      // Persisted once its state is final: Hibernate inserts the state it had at persist(), so a
      // story persisted first and clustered after cost an insert and an update (measured: every
      // story). Nothing above reads it back by id, and no key constraint orders its rows' inserts.
      stories.add(story);
    }
    if (refiled && step.isEmpty()) {
      return false;
    }
    if (story.announces(kind, Instant.now())) {
      changes.fire(
          StoryChanged.of(story, kind, advisory != null)
              .withUrgency(copy.wire().urgency())
              .creating(created));
    }
    return true;
  }

  /**
   * What partners are told of a wire's pubstatus step, or null: a hold of a story the public was
   * reading, its release, a kill of one the public saw (the rules of the desk's own actions).
   */
  private static Advisory.Kind wireAdvisory(
      Story.WireStep step, Story story, boolean publicBefore) {
    return switch (step) {
      case HELD -> publicBefore ? Advisory.Kind.HELD : null;
      case PUBLISHED ->
          story.firstPublicAt() != null && Readership.isPublic(story, Instant.now())
              ? Advisory.Kind.RELEASED
              : null;
      case KILLED -> Readership.leavesTombstone(story) ? Advisory.Kind.KILLED : null;
    };
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

  /**
   * An editor takes the wire's waiting version: it replaces the copy, and the corrections made to
   * the older one (kept as versions) no longer show.
   */
  public Story acceptWireVersion(UUID id, String actor) {
    Story story = stories.editable(id);
    WireVersion waiting = waiting(id);
    StoryCopy copy = waiting.copy();
    story.revise(copy);
    stories.keepMetadata(id, copy.wire(), false);
    stories.dropCorrections(id);
    index.keep(story, CopyWords.of(text, story), copy.wire().urgency(), false);
    em.remove(waiting);
    history.record(story, actor, "wire version accepted", "version " + story.version());
    story.notePublic();
    changes.fire(StoryChanged.of(story, StoryChanged.Kind.REVISED));
    return story;
  }

  /** An editor keeps the corrected copy and drops the wire's waiting version. */
  public Story dismissWireVersion(UUID id, String actor) {
    Story story = stories.editable(id);
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
        .orElseThrow(() -> new NotFound("No wire version of story " + id + " is waiting."));
  }

  /**
   * An editor kills the story. The reason stays on the desk (it may be legal advice); partners are
   * told {@code notice}, or the kill alone, when the public saw the story.
   */
  public Story kill(UUID id, String actor, String reason, String notice) {
    Story story = found(id);
    story.killByDesk(reason);
    story.notePublic();
    boolean advised = Readership.leavesTombstone(story);
    if (advised) {
      history.advise(story, actor, "killed", reason.strip(), Advisory.Kind.KILLED, notice, null);
    } else {
      history.record(story, actor, "killed", reason.strip());
    }
    changes.fire(StoryChanged.of(story, StoryChanged.Kind.KILLED, advised));
    return story;
  }

  /** An editor holds the story; partners are told (with {@code notice}) when it was public. */
  public Story hold(UUID id, String actor, String notice) {
    Story story = stories.editable(id);
    boolean advised = Readership.isPublic(story, Instant.now());
    story.holdByDesk();
    story.notePublic();
    if (advised) {
      history.advise(story, actor, "held", notice, Advisory.Kind.HELD, notice, null);
    } else {
      history.record(story, actor, "held", notice);
    }
    changes.fire(StoryChanged.of(story, StoryChanged.Kind.HELD, advised));
    return story;
  }

  /**
   * An editor publishes the story: from incoming, or again after a hold, which partners are told of
   * (with {@code notice}) when the public had seen it before and sees it again now.
   */
  public Story publish(UUID id, String actor, String notice) {
    Story story = stories.editable(id);
    boolean seenBefore = story.state() == StoryStatus.HELD && story.firstPublicAt() != null;
    story.publishByDesk();
    story.notePublic();
    boolean advised = seenBefore && Readership.isPublic(story, Instant.now());
    if (advised) {
      history.advise(story, actor, "published", notice, Advisory.Kind.RELEASED, notice, null);
    } else {
      history.record(story, actor, "published", notice);
    }
    changes.fire(
        StoryChanged.of(
            story, advised ? StoryChanged.Kind.RELEASED : StoryChanged.Kind.PUBLISHED, advised));
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
      // A flash under embargo is a flash when it lifts.
      changes.fire(
          StoryChanged.of(story, StoryChanged.Kind.PUBLISHED)
              .withUrgency(stories.metadata(id).urgency()));
    }
    return true;
  }

  private Story found(UUID id) {
    Story story = stories.get(id);
    story.notePublic();
    return story;
  }
}

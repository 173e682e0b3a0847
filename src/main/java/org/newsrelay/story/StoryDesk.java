package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.text.TextEngine;

/**
 * The editors' own actions on a story, beside the wire workflow of {@link StoryService}:
 * corrections of any rendition with every version kept, embargoes, translation links, and merging
 * or splitting near-duplicate clusters. Each is written to the story's history.
 */
@ApplicationScoped
@Transactional
public class StoryDesk {
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200c\\u200d]]");
  static final int MAX_HEADLINE = 1000;
  static final int MAX_BODY = 200_000;

  @PersistenceContext EntityManager em;
  @Inject StoryRepository stories;
  @Inject StoryHistory history;
  @Inject Renditions renditions;
  @Inject Event<StoryChanged> changes;
  @Inject Event<ClusterChanged> clusterChanges;
  @Inject WordIndex index;

  private final TextEngine text = TextEngine.standard();

  /** What an editor changes in one rendition; null fields stay as they are. */
  public record Correction(
      String rendition, String headline, String bodyText, String bodyHtml, String note) {}

  public Story find(UUID id) {
    return stories.get(id);
  }

  /** Writes a line of the story's history for actions decided elsewhere (topics, pins). */
  public void record(UUID storyId, String actor, String action, String note) {
    history.record(find(storyId), actor, action, note);
  }

  public Rendition correct(UUID id, Correction correction, String actor) {
    Story story = stories.editable(id);
    String note = plain(correction.note(), 2000);
    if (note == null) {
      throw new InvalidInput("A correction needs a \"note\" saying what and why.");
    }
    Language language = rendition(story, correction.rendition());
    Rendition before = renditions.of(story, language);
    String headline = plain(correction.headline(), MAX_HEADLINE);
    String bodyText = plain(correction.bodyText(), MAX_BODY);
    String bodyHtml =
        correction.bodyHtml() == null ? null : text.sanitizeHtml(correction.bodyHtml());
    if (headline == null && bodyText == null && bodyHtml == null) {
      throw new InvalidInput("A correction changes \"headline\", \"body_text\" or \"body_html\".");
    }
    Rendition after =
        before.with(
            headline != null ? headline : before.headline(),
            bodyText != null || bodyHtml != null ? bodyText : before.bodyText(),
            bodyText != null || bodyHtml != null ? bodyHtml : before.bodyHtml());
    if (after.equals(before)) {
      throw new InvalidInput("The correction changes nothing.");
    }
    int next = keepFirstVersion(story, before, actor);
    // Readers who saw the story read the note with it; before that, a correction is editing.
    String readersNote = story.firstPublicAt() != null ? note : null;
    if (language == story.language()) {
      story.correct(after.headline(), after.bodyText(), after.bodyHtml(), readersNote);
      index.keep(story);
    } else {
      StoryRendition corrected =
          em.find(StoryRendition.class, new StoryRendition.Key(story.id(), language.tag()));
      if (corrected == null) {
        corrected = new StoryRendition(story.id(), language);
        corrected.correct(after, actor, readersNote);
        em.persist(corrected);
      } else {
        corrected.correct(after, actor, readersNote);
      }
      story.variantCorrected();
    }
    // Feeds' cached entries are filed under the story's time: a corrected variant is a change.
    story.touch();
    em.persist(new StoryVersion(story.id(), next, after, note, actor));
    // Partners hear of a correction of what the public is reading; a held story's, on release.
    boolean advised = Readership.isPublic(story, Instant.now());
    if (advised) {
      history.advise(
          story,
          actor,
          "corrected",
          language.tag() + ": " + note,
          Advisory.Kind.CORRECTED,
          note,
          language);
    } else {
      history.record(story, actor, "corrected", language.tag() + ": " + note);
    }
    changes.fire(StoryChanged.of(story, StoryChanged.Kind.CORRECTED, advised));
    return renditions.of(story, language);
  }

  /** Every kept version of the story's renditions, oldest first. */
  public List<StoryVersion> versions(UUID id) {
    find(id);
    return stories.versions(id);
  }

  /** Sets, moves or (null) lifts the embargo; a lifted embargo publishes at once. */
  public Story embargo(UUID id, Instant until, String actor) {
    Story story = stories.editable(id);
    boolean future = until != null && until.isAfter(Instant.now());
    story.embargo(future ? until : null);
    story.notePublic();
    history.record(
        story, actor, future ? "embargoed" : "embargo lifted", future ? until.toString() : null);
    StoryChanged.Kind kind =
        !future && story.state() == StoryStatus.PUBLISHED
            ? StoryChanged.Kind.PUBLISHED
            : StoryChanged.Kind.REVISED;
    changes.fire(StoryChanged.of(story, kind));
    return story;
  }

  /** Links a story and its translation (the same event in the other language), both ways. */
  public void linkTranslation(UUID id, UUID otherId, String actor) {
    Story story = stories.editable(id);
    Story other = find(otherId);
    if (story.id().equals(other.id())) {
      throw new InvalidInput("A story is not its own translation.");
    }
    if (story.language().isChinese() == other.language().isChinese()) {
      throw new InvalidInput(
          "A translation is in the other language: link an English story with a Chinese one"
              + " (Chinese variants are renditions of one story, not translations).");
    }
    for (Story[] pair : new Story[][] {{story, other}, {other, story}}) {
      if (em.find(StoryTranslation.class, new StoryTranslation.Key(pair[0].id(), pair[1].id()))
          == null) {
        em.persist(new StoryTranslation(pair[0].id(), pair[1].id(), actor));
        history.record(pair[0], actor, "translation linked", pair[1].id().toString());
        changes.fire(StoryChanged.of(pair[0], StoryChanged.Kind.REVISED));
      }
    }
  }

  public void unlinkTranslation(UUID id, UUID otherId, String actor) {
    Story story = stories.editable(id);
    Story other = find(otherId);
    for (Story[] pair : new Story[][] {{story, other}, {other, story}}) {
      StoryTranslation link =
          em.find(StoryTranslation.class, new StoryTranslation.Key(pair[0].id(), pair[1].id()));
      if (link != null) {
        em.remove(link);
        history.record(pair[0], actor, "translation unlinked", pair[1].id().toString());
        changes.fire(StoryChanged.of(pair[0], StoryChanged.Kind.REVISED));
      }
    }
  }

  /** The stories linked as translations of this one. */
  public List<UUID> translations(UUID id) {
    return stories.translationIds(id);
  }

  /** The other story's whole cluster joins this story's cluster. */
  public Story merge(UUID id, UUID otherId, String actor) {
    Story story = find(id);
    Story other = find(otherId);
    if (story.id().equals(other.id())) {
      throw new InvalidInput("A story cannot be merged with itself.");
    }
    UUID cluster = story.clusterId() != null ? story.clusterId() : story.id();
    story.joinCluster(cluster);
    if (other.clusterId() != null) {
      stories.moveCluster(other.clusterId(), cluster);
      em.refresh(other);
    }
    other.joinCluster(cluster);
    history.record(story, actor, "cluster merged", other.id().toString());
    history.record(other, actor, "cluster merged", "into the cluster of " + story.id());
    clusterChanges.fire(new ClusterChanged(story.id(), story.language()));
    clusterChanges.fire(new ClusterChanged(other.id(), other.language()));
    return story;
  }

  /** The story leaves its cluster for one of its own: it was not the same story after all. */
  public Story split(UUID id, String actor) {
    Story story = find(id);
    story.joinCluster(UUID.randomUUID());
    history.record(story, actor, "cluster split", null);
    clusterChanges.fire(new ClusterChanged(story.id(), story.language()));
    return story;
  }

  /** Stories in the same cluster, this one excluded. */
  public List<Story> clusterOf(Story story) {
    return stories.othersInCluster(story, 50);
  }

  /** Version 0 keeps the copy as it was before the first correction of a rendition. */
  private int keepFirstVersion(Story story, Rendition before, String actor) {
    Integer last = stories.lastVersion(story.id(), before.language());
    if (last == null) {
      em.persist(
          new StoryVersion(
              story.id(),
              0,
              before,
              "as " + before.kind().value(),
              before.kind() == Rendition.Kind.ORIGINAL ? story.origin() : "newsrelay"));
      return 1;
    }
    return last + 1;
  }

  private static Language rendition(Story story, String tag) {
    if (tag == null || tag.isBlank()) {
      return story.language();
    }
    Language language =
        Language.ofExactTag(tag)
            .orElseThrow(
                () -> new InvalidInput("\"" + tag + "\" is not one of " + Language.tags() + "."));
    if (!Renditions.languagesOf(story).contains(language)) {
      throw new InvalidInput(
          "The story is published in "
              + Renditions.languagesOf(story).stream().map(Language::tag).toList()
              + ", not in "
              + tag
              + ".");
    }
    return language;
  }

  private static String plain(String value, int max) {
    if (value == null) {
      return null;
    }
    String clean = CONTROL.matcher(value).replaceAll("").strip();
    if (clean.length() > max) {
      throw new InvalidInput("A field is longer than " + max + " characters.");
    }
    return clean.isEmpty() ? null : clean;
  }
}

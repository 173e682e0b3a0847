package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsrelay.text.TextEngine;

/**
 * A story's copy in each language tag it is published in: an English story in en only, a Chinese
 * one in every Chinese variant, each converted from the original with the newsroom's terms, unless
 * an editor corrected that variant by hand. This is the one source of a rendition's copy: the desk
 * shows it, and feeds, story pages and WebSub deliveries render {@link #forReaders} of it
 * (docs/console.md).
 */
@ApplicationScoped
public class Renditions {
  static final List<Language> CHINESE =
      List.of(Language.ZH_HANS, Language.ZH_HANT, Language.ZH_HANT_TW, Language.ZH_HANT_HK);

  @Inject StoryRepository stories;
  @Inject NewsroomTerms terms;
  private final TextEngine text = TextEngine.standard();

  /**
   * What readers are shown of a story in one tag: the desk's rendition, and the fields an editor
   * does not correct (summary, byline, subjects) converted the same way, newsroom terms included.
   *
   * @param correction the note of the desk's correction in force, in this tag, or null: a variant
   *     corrected by hand shows its own note, any other the original's, converted
   */
  public record ReaderCopy(
      Rendition rendition,
      String summary,
      String byline,
      List<String> subjects,
      WireMetadata wire,
      String correction) {

    public ReaderCopy {
      wire = wire == null ? WireMetadata.NONE : wire;
    }

    /** Copy without the wire's metadata or a correction note. */
    public ReaderCopy(Rendition rendition, String summary, String byline, List<String> subjects) {
      this(rendition, summary, byline, subjects, WireMetadata.NONE, null);
    }
  }

  /** The tags a story is published in. */
  public static List<Language> languagesOf(Story story) {
    return story.language().isChinese() ? CHINESE : List.of(Language.EN);
  }

  public List<Rendition> all(Story story) {
    List<Rendition> all = new ArrayList<>();
    for (Language language : languagesOf(story)) {
      all.add(of(story, language));
    }
    return all;
  }

  /** The copy in one tag; the original's for a tag the story is not published in. */
  public Rendition of(Story story, Language language) {
    if (asWritten(story, language)) {
      return original(story);
    }
    return rendition(
        story, language, corrected(List.of(story.id()), language), terms.forTarget(language));
  }

  /** The variant an editor corrected, else the conversion with the newsroom's terms. */
  private Rendition rendition(
      Story story,
      Language language,
      Map<UUID, StoryRendition> corrections,
      List<NewsroomTerm> ours) {
    StoryRendition correction = corrections.get(story.id());
    return correction != null ? correction.copy() : converted(story, language, ours);
  }

  /** Whether {@code language} shows the story as written (no conversion, no correction). */
  private static boolean asWritten(Story story, Language language) {
    return language == story.language() || !language.isChinese() || !story.language().isChinese();
  }

  /** Editors' corrections of the stories in one variant, by story. */
  Map<UUID, StoryRendition> corrected(List<UUID> storyIds, Language language) {
    Map<UUID, StoryRendition> corrected = new HashMap<>();
    stories.corrections(storyIds, language).forEach(r -> corrected.put(r.storyId(), r));
    return corrected;
  }

  public ReaderCopy forReaders(Story story, Language language) {
    return forReaders(List.of(story), language).get(story.id());
  }

  /**
   * A page of stories in one tag, by story: three queries for the lot (the wire's metadata, the
   * variant's corrections and the newsroom's terms for it), whatever the number of stories.
   */
  public Map<UUID, ReaderCopy> forReaders(List<Story> stories, Language language) {
    Map<UUID, ReaderCopy> copies = new HashMap<>();
    List<UUID> converted = new ArrayList<>();
    Map<UUID, WireMetadata> wire = metadata(stories.stream().map(Story::id).toList());
    for (Story story : stories) {
      if (asWritten(story, language)) {
        copies.put(
            story.id(),
            new ReaderCopy(
                original(story),
                story.summary(),
                story.byline(),
                story.subjects(),
                wire.get(story.id()),
                story.correctionNote()));
      } else {
        converted.add(story.id());
      }
    }
    if (converted.isEmpty()) {
      return copies;
    }
    Map<UUID, StoryRendition> corrections = corrected(converted, language);
    List<NewsroomTerm> ours = terms.forTarget(language);
    for (Story story : stories) {
      if (copies.containsKey(story.id())) {
        continue;
      }
      List<String> subjects = new ArrayList<>();
      for (String subject : story.subjects()) {
        subjects.add(convert(subject, story.language(), language, ours));
      }
      StoryRendition byHand = corrections.get(story.id());
      copies.put(
          story.id(),
          new ReaderCopy(
              rendition(story, language, corrections, ours),
              convert(story.summary(), story.language(), language, ours),
              convert(story.byline(), story.language(), language, ours),
              List.copyOf(subjects),
              wire.getOrDefault(story.id(), WireMetadata.NONE)
                  .converted(v -> convert(v, story.language(), language, ours)),
              byHand != null && byHand.note() != null
                  ? byHand.note()
                  : convert(story.correctionNote(), story.language(), language, ours)));
    }
    return copies;
  }

  /** The wire's metadata of these stories, by story. */
  Map<UUID, WireMetadata> metadata(List<UUID> storyIds) {
    return stories.metadata(storyIds);
  }

  /** The story's own text (a note) as readers of {@code language} read it, under these terms. */
  String forReaders(String value, Story story, Language language, List<NewsroomTerm> ours) {
    return asWritten(story, language) ? value : convert(value, story.language(), language, ours);
  }

  /** The newsroom's terms for converting to {@code language}, for {@link #forReaders}. */
  List<NewsroomTerm> termsFor(Language language) {
    return language.isChinese() ? terms.forTarget(language) : List.of();
  }

  /** Text of a story written in {@code from} as a reader of {@code to} reads it (null stays). */
  private String convert(String value, Language from, Language to, List<NewsroomTerm> ours) {
    return value == null
        ? null
        : terms.apply(text.convert(value, from.tag(), to.tag()), from, to, ours);
  }

  static Rendition original(Story story) {
    return new Rendition(
        story.language(),
        Rendition.Kind.ORIGINAL,
        story.headline(),
        story.bodyText(),
        story.bodyHtml());
  }

  /** What conversion alone (with the newsroom's terms) makes of the original. */
  private Rendition converted(Story story, Language language, List<NewsroomTerm> ours) {
    Language from = story.language();
    String headline =
        terms.apply(
            text.convert(story.headline(), from.tag(), language.tag()), from, language, ours);
    String bodyText =
        story.bodyText() == null
            ? null
            : terms.apply(
                text.convert(story.bodyText(), from.tag(), language.tag()), from, language, ours);
    String bodyHtml =
        story.bodyHtml() == null
            ? null
            : terms.apply(
                text.convertHtml(story.bodyHtml(), from.tag(), language.tag()),
                from,
                language,
                ours);
    return new Rendition(language, Rendition.Kind.CONVERTED, headline, bodyText, bodyHtml);
  }
}

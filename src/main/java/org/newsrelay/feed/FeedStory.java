package org.newsrelay.feed;

import static org.newsrelay.feed.FeedCatalogue.escape;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.newsrelay.platform.Messages;
import org.newsrelay.story.Language;
import org.newsrelay.story.Media;
import org.newsrelay.story.Rights;

/**
 * A story as one feed language shows it: converted to the feed's Chinese variant, its HTML
 * sanitised. Serializable so that a distributed cache can hold it.
 *
 * @param original the variant the story was written in
 * @param contentHtml sanitised HTML, also for stories that came as plain text
 * @param link the story where it was first published, or null
 * @param categories subjects, and topics once they exist
 * @param translations the same event written in another language, one per language a reader can
 *     pick (a Chinese translation in every Chinese variant)
 * @param sources the other members of the story's cluster that a reader may see: the same story
 *     from other wires or in another script
 * @param rights who holds the rights and on what terms, as the wire said; null when it said nothing
 * @param correction the note of the desk's correction in force, in this language, or null
 * @param media the story's pictures and other media, their captions and credits in this language
 */
public record FeedStory(
    UUID id,
    Language language,
    Language original,
    String headline,
    String summary,
    String contentHtml,
    String link,
    String byline,
    Instant published,
    Instant updated,
    List<String> categories,
    List<Translation> translations,
    List<Source> sources,
    Rights rights,
    String correction,
    List<Media> media)
    implements Serializable {

  public FeedStory {
    correction = correction == null || correction.isBlank() ? null : correction;
    media = media == null ? List.of() : List.copyOf(media);
  }

  /** Another story that tells the same event in another language. */
  public record Translation(UUID storyId, Language language) implements Serializable {}

  /**
   * Another telling of the same story in this feed's language family.
   *
   * @param name who published it: the original's host, or the pushing account
   * @param url the original, or our page of that story when it has no original address
   */
  public record Source(UUID storyId, String name, String url) implements Serializable {}

  /**
   * A story without links to other stories ({@link #withLinks} adds them at render time), rights, a
   * correction or media.
   */
  public FeedStory(
      UUID id,
      Language language,
      Language original,
      String headline,
      String summary,
      String contentHtml,
      String link,
      String byline,
      Instant published,
      Instant updated,
      List<String> categories,
      List<Translation> translations) {
    this(
        id,
        language,
        original,
        headline,
        summary,
        contentHtml,
        link,
        byline,
        published,
        updated,
        categories,
        translations,
        List.of(),
        null,
        null,
        List.of());
  }

  /**
   * The same rendition with its translations and cluster sources, which change without the story
   * changing, so they are never part of the cached rendition.
   */
  public FeedStory withLinks(List<Translation> translations, List<Source> sources) {
    return changed(
        b -> {
          b.translations = List.copyOf(translations);
          b.sources = List.copyOf(sources);
        });
  }

  /** The same rendition with the rights the wire stated. */
  public FeedStory withRights(Rights stated) {
    return changed(b -> b.rights = stated);
  }

  /** The same rendition with the note of the desk's correction in force (null: none). */
  public FeedStory withCorrection(String note) {
    return changed(b -> b.correction = note);
  }

  /** The same rendition with its pictures and other media, in the rendition's script. */
  public FeedStory withMedia(List<Media> pictures) {
    return changed(b -> b.media = pictures);
  }

  /** The same rendition with some of its parts changed: the one place that lists them all. */
  FeedStory changed(java.util.function.Consumer<Parts> change) {
    Parts parts = new Parts(this);
    change.accept(parts);
    return parts.story();
  }

  /** A rendition's parts, to change some of them ({@link #changed}). */
  static final class Parts {
    UUID id;
    Language language;
    Language original;
    String headline;
    String summary;
    String contentHtml;
    String link;
    String byline;
    Instant published;
    Instant updated;
    List<String> categories;
    List<Translation> translations;
    List<Source> sources;
    Rights rights;
    String correction;
    List<Media> media;

    private Parts(FeedStory s) {
      id = s.id;
      language = s.language;
      original = s.original;
      headline = s.headline;
      summary = s.summary;
      contentHtml = s.contentHtml;
      link = s.link;
      byline = s.byline;
      published = s.published;
      updated = s.updated;
      categories = s.categories;
      translations = s.translations;
      sources = s.sources;
      rights = s.rights;
      correction = s.correction;
      media = s.media;
    }

    private FeedStory story() {
      return new FeedStory(
          id,
          language,
          original,
          headline,
          summary,
          contentHtml,
          link,
          byline,
          published,
          updated,
          categories,
          translations,
          sources,
          rights,
          correction,
          media);
    }
  }

  /** The languages a reader can read this story in here, besides this one. */
  public List<Language> otherVariants() {
    if (!language.isChinese()) {
      return List.of();
    }
    return FeedSelection.storedLanguages(language).stream().filter(l -> l != language).toList();
  }

  /**
   * The content, and when other wires carry the story too, a last paragraph linking to them: every
   * reader shows the content, while few show an entry's extra links. A correction's note comes
   * first, in a paragraph of its own ({@link FeedExtensions#correctionHtml}), for the same reason;
   * then the story's pictures that its body does not show already ({@link MediaMarkup#figures}).
   */
  public String contentHtmlWithSources() {
    String shown = MediaMarkup.figures(this) + contentHtml;
    String corrected = correction == null ? shown : FeedExtensions.correctionHtml(this) + shown;
    if (sources.isEmpty()) {
      return corrected;
    }
    StringBuilder html = new StringBuilder(corrected);
    html.append("<p class=\"newsrelay-sources\">")
        .append(escape(Messages.get(language.tag(), "feed.sources")))
        .append(' ');
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      if (i > 0) {
        html.append(", ");
      }
      html.append("<a href=\"")
          .append(escape(source.url()))
          .append("\">")
          .append(escape(source.name()))
          .append("</a>");
    }
    return html.append("</p>").toString();
  }
}

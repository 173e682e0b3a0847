package org.newsrelay.feed;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.newsrelay.story.Language;

/**
 * A story as one feed language shows it: converted to the feed's Chinese variant, its HTML
 * sanitised. Serializable so that a distributed cache can hold it.
 *
 * @param original the variant the story was written in
 * @param contentHtml sanitised HTML, also for stories that came as plain text
 * @param link the story where it was first published, or null
 * @param categories subjects, and topics once they exist
 * @param translations the same event written in another language (a hook: none are linked yet)
 */
public record StoryRendition(
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
    List<Translation> translations)
    implements Serializable {

  /** Another story that tells the same event in another language. */
  public record Translation(UUID storyId, Language language) implements Serializable {}

  /** The languages a reader can read this story in here, besides this one. */
  public List<Language> otherVariants() {
    if (!language.isChinese()) {
      return List.of();
    }
    return FeedSelection.storedLanguages(language).stream().filter(l -> l != language).toList();
  }
}

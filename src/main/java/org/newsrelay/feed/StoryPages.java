package org.newsrelay.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.newsrelay.platform.Gone;
import org.newsrelay.platform.NotFound;
import org.newsrelay.story.Language;
import org.newsrelay.story.Readership;
import org.newsrelay.story.Story;

/** Public story pages, under the same visibility rules and cache as the feeds. */
@ApplicationScoped
public class StoryPages {
  @PersistenceContext EntityManager em;
  @Inject FeedService feeds;
  @Inject FeedCache cache;
  @Inject StoryLinks storyLinks;

  private final StoryPageWriter writer = new StoryPageWriter();

  /**
   * @throws NotFound for a story that is not (or not yet) public or not in that language; Gone for
   *     a killed one
   */
  public RenderedDocument page(UUID storyId, String lang, FeedLinks links) {
    Language language = FeedService.language(lang);
    Instant now = Instant.now();
    return cache.document(
        language,
        "page|" + storyId + "|" + language.tag() + "|" + links.base(),
        now,
        () -> render(storyId, language, links, now));
  }

  private RenderedDocument render(UUID storyId, Language language, FeedLinks links, Instant now) {
    Story story = em.find(Story.class, storyId);
    boolean here =
        story != null && FeedSelection.storedLanguages(language).contains(story.language());
    if (here && Readership.leavesTombstone(story)) {
      throw new Gone("This story was withdrawn.");
    }
    // Embargoed, held, incoming, or killed before anyone saw it: the answer an unknown id gets.
    if (!here || !Readership.isPublic(story, now)) {
      throw new NotFound("There is no story " + storyId + " in " + language.tag() + ".");
    }
    StoryLinks.Links extra = storyLinks.of(List.of(story), language, links, now).get(story.id());
    FeedStory rendition =
        feeds.rendition(story, language).withLinks(extra.translations(), extra.sources());
    Instant modified = story.updatedAt();
    if (story.embargoedUntil() != null && story.embargoedUntil().isAfter(modified)) {
      modified = story.embargoedUntil();
    }
    return RenderedDocument.of(
        writer.write(rendition, links).getBytes(StandardCharsets.UTF_8),
        "text/html;charset=UTF-8",
        modified,
        now.plus(FeedSelection.SAFETY_REFRESH));
  }
}

package org.newsrelay.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.newsrelay.platform.ProblemException;
import org.newsrelay.story.Language;
import org.newsrelay.story.StoryRepository;

/** Selects and renders a feed document; the REST resource and the WebSub hub both ask it. */
@ApplicationScoped
public class FeedService {
  static final int PAGE_SIZE = 50;

  @Inject StoryRepository stories;

  private final FeedRenderer renderer = new FeedRenderer();

  /** A rendered feed and what it is served as. */
  public record FeedDocument(String body, String mediaType) {}

  /**
   * @param base the server's base URI, for self links
   * @throws ProblemException 404 for an unknown language, topic or format
   */
  public FeedDocument render(String lang, String topic, String extension, URI base) {
    Language language =
        Language.ofExactTag(lang)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "newsrelay publishes no feeds in \"" + lang + "\".",
                        Map.of("available", Language.tags())));
    FeedFormat format =
        FeedFormat.ofExtension(extension)
            .orElseThrow(() -> ProblemException.notFound("Feeds end in .atom or .rss."));
    if (!topic.equals("all")) {
      throw ProblemException.notFound("There is no topic \"" + topic + "\".");
    }
    URI self = base.resolve("feeds/" + language.tag() + "/" + topic + "." + format.extension());
    var page =
        new FeedRenderer.FeedPage(language, topic, self, base, stories.latest(language, PAGE_SIZE));
    return new FeedDocument(renderer.render(page, format), format.mediaType());
  }
}

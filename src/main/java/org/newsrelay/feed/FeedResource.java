package org.newsrelay.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.newsrelay.platform.ProblemException;
import org.newsrelay.story.Language;
import org.newsrelay.story.StoryRepository;

/** The public feeds: /feeds/{lang}/{topic}.atom and .rss, newest first. */
@Path("feeds")
@RequestScoped
public class FeedResource {
  static final int PAGE_SIZE = 50;

  @Inject StoryRepository stories;
  @Context UriInfo uriInfo;

  private final FeedRenderer renderer = new FeedRenderer();

  @GET
  @Path("{lang}/{file}")
  public Response feed(@PathParam("lang") String lang, @PathParam("file") String file) {
    Language language =
        Language.ofExactTag(lang)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "newsrelay publishes no feeds in \"" + lang + "\".",
                        Map.of("available", Language.tags())));
    int dot = file.lastIndexOf('.');
    FeedFormat format =
        dot < 0 ? null : FeedFormat.ofExtension(file.substring(dot + 1)).orElse(null);
    String topic = dot < 0 ? file : file.substring(0, dot);
    if (format == null) {
      throw ProblemException.notFound("Feeds end in .atom or .rss: " + file);
    }
    if (!topic.equals("all")) {
      throw ProblemException.notFound("There is no topic \"" + topic + "\".");
    }
    var page =
        new FeedRenderer.FeedPage(
            language,
            topic,
            uriInfo.getAbsolutePath(),
            uriInfo.getBaseUri(),
            stories.latest(language, PAGE_SIZE));
    return Response.ok(renderer.render(page, format), format.mediaType()).build();
  }
}

package org.newsrelay.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.NotFound;

/** Google News sitemaps and the robots.txt that names them (docs/feeds.md, "Sitemaps"). */
@Tag(name = "feeds")
@Path("")
@RequestScoped
public class SitemapResource {
  @Inject NewsSitemaps sitemaps;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Operation(summary = "The index of the Google News sitemaps, one per public variant")
  @GET
  @Path("sitemaps/news.xml")
  public Response index() {
    return FeedResource.answer(sitemaps.index(FeedLinks.base(uriInfo.getBaseUri())), headers);
  }

  @Operation(summary = "One variant's Google News sitemap: the last two days' public stories")
  @GET
  @Path("sitemaps/news/{file}")
  public Response sitemap(@PathParam("file") String file) {
    if (!file.endsWith(".xml")) {
      throw new NotFound("News sitemaps are /sitemaps/news/{lang}.xml.");
    }
    String lang = file.substring(0, file.length() - ".xml".length());
    return FeedResource.answer(
        sitemaps.sitemap(lang, FeedLinks.base(uriInfo.getBaseUri())), headers);
  }

  /** Everything may be crawled; the news sitemaps say what is new. */
  @Operation(summary = "robots.txt, naming the news sitemaps")
  @GET
  @Path("robots.txt")
  @Produces("text/plain; charset=UTF-8")
  public String robots() {
    return "User-agent: *\nDisallow: /console/\nDisallow: /api/\n\nSitemap: "
        + new FeedLinks(FeedLinks.base(uriInfo.getBaseUri())).newsSitemap(null)
        + "\n";
  }
}

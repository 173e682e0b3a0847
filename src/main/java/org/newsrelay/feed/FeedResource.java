package org.newsrelay.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.newsrelay.platform.NotFound;

/**
 * The public feeds: /feeds/{lang}/{topic}.atom, .rss and .json, newest first; /feeds/opml and the
 * /feeds index. HEAD is answered like GET without the body.
 */
@Path("feeds")
@RequestScoped
public class FeedResource {
  @Inject FeedService feeds;
  @Inject FeedCatalogue catalogue;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @GET
  @Path("{lang}/{file}")
  public Response feed(
      @PathParam("lang") String lang,
      @PathParam("file") String file,
      @QueryParam("limit") String limit,
      @QueryParam("q") String q,
      @QueryParam("cursor") String cursor) {
    int dot = file.lastIndexOf('.');
    if (dot < 0) {
      throw new NotFound("Feeds end in .atom, .rss or .json: " + file);
    }
    FeedRequest request =
        feeds.request(
            lang, file.substring(0, dot), file.substring(dot + 1), limit, q, cursor, bearer());
    return FeedResponses.of(
        feeds.publish(request, FeedLinks.base(uriInfo)), headers, request.topic().partnerOnly());
  }

  @GET
  @Path("opml")
  public Response opml() {
    return FeedResponses.of(catalogue.opml(new FeedLinks(FeedLinks.base(uriInfo))), headers);
  }

  @GET
  public Response index() {
    return FeedResponses.of(catalogue.index(new FeedLinks(FeedLinks.base(uriInfo))), headers);
  }

  private String bearer() {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).strip()
        : null;
  }
}

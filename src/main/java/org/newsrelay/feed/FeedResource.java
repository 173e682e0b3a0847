package org.newsrelay.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.newsrelay.platform.ProblemException;

/** The public feeds: /feeds/{lang}/{topic}.atom and .rss, newest first. */
@Path("feeds")
@RequestScoped
public class FeedResource {
  @Inject FeedService feeds;
  @Context UriInfo uriInfo;

  @GET
  @Path("{lang}/{file}")
  public Response feed(@PathParam("lang") String lang, @PathParam("file") String file) {
    int dot = file.lastIndexOf('.');
    if (dot < 0) {
      throw ProblemException.notFound("Feeds end in .atom or .rss: " + file);
    }
    var document =
        feeds.render(lang, file.substring(0, dot), file.substring(dot + 1), uriInfo.getBaseUri());
    return Response.ok(document.body(), document.mediaType()).build();
  }
}

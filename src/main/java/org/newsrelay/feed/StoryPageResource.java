package org.newsrelay.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** /stories/{id}/{lang}: the page feed entries link to. */
@Path("stories/{id}/{lang}")
@RequestScoped
public class StoryPageResource {
  @Inject StoryPages pages;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @GET
  public Response page(@PathParam("id") UUID id, @PathParam("lang") String lang) {
    Response page =
        FeedResource.answer(
            pages.page(id, lang, new FeedLinks(FeedLinks.base(uriInfo.getBaseUri()))), headers);
    // The body is copy from wires and feeds: the browser runs none of it and guesses no type.
    return Response.fromResponse(page)
        .header("Content-Security-Policy", StoryPageWriter.CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}

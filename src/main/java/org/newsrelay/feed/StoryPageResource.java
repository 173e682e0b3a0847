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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /stories/{id}/{lang}: the page feed entries link to. */
@Tag(name = "feeds")
@Path("stories/{id}/{lang}")
@RequestScoped
public class StoryPageResource {
  @Inject StoryPages pages;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Operation(summary = "A story's page in one language tag, as feed entries link to it")
  @APIResponse(
      responseCode = "200",
      description = "HTML; ETag and Last-Modified",
      content = @Content(mediaType = "text/html"))
  @APIResponse(responseCode = "304", description = "Not modified")
  @APIResponse(responseCode = "410", description = "Killed (once public): the page says so")
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

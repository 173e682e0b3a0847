package org.newsrelay.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.Roles;

/**
 * The search API, {@code GET /api/v1/search}: stories by their words in any script, under the
 * caller's rights ({@link StoryFinder}); anyone may ask, and sees what the public feeds show.
 */
@Tag(name = "search")
@Path("api/v1/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
  @Inject StoryFinder finder;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @Operation(
      summary = "Stories by their words in any script, ranked, with facets and keyset paging")
  @GET
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("lang") String lang,
      @QueryParam("topic") String topic,
      @QueryParam("subject") String subject,
      @QueryParam("source") String source,
      @QueryParam("urgency") String urgency,
      @QueryParam("since") String since,
      @QueryParam("until") String until,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    SearchRequest request =
        SearchRequest.of(q, lang, topic, subject, source, urgency, since, until, cursor, limit);
    boolean desk = security.isUserInRole(Roles.EDITOR) || security.isUserInRole(Roles.ADMIN);
    return Response.ok(
            finder.find(request, security.getUserPrincipal(), desk, uri.getBaseUri()).toString())
        .build();
  }
}

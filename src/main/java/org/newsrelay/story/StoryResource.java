package org.newsrelay.story;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.UUID;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.NotPermitted;
import org.newsrelay.platform.Roles;

/** Reading stories; pushing them is ingest's (same path, see PushResource). */
@Path("api/v1/stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {
  @Inject StoryRepository stories;
  @Inject IncomingStories incoming;
  @Inject StoryService workflow;
  @Inject StoryHistory history;
  @Inject StorySearch search;
  @Context SecurityContext security;

  @GET
  public Response list(
      @QueryParam("uri") String uri,
      @QueryParam("lang") String lang,
      @QueryParam("status") String status,
      @QueryParam("q") String words,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    if (limit < 1 || limit > 200) {
      throw new InvalidInput("\"limit\" must be between 1 and 200.");
    }
    Language language = null;
    if (lang != null) {
      language = Language.ofExactTag(lang).orElseThrow(() -> Language.unknown(lang));
    }
    Readership.Reader reader = reader();
    var items = Json.createArrayBuilder();
    StoryStatus state = null;
    if (status != null) {
      state =
          java.util.Arrays.stream(StoryStatus.values())
              .filter(v -> v.name().equalsIgnoreCase(status))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidInput("\"status\" is one of incoming, published, held, killed."));
      if (state != StoryStatus.PUBLISHED && !reader.seesDesk()) {
        throw new NotPermitted("Only editors see stories that are not published.");
      }
    }
    search
        .find(new StorySearch.Query(uri, language, state, words, limit), reader)
        .forEach(s -> items.add(StoryJson.of(s, reader)));
    return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
  }

  @POST
  @Path("{id}/kill")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response kill(@PathParam("id") UUID id, byte[] body) {
    String reason = null;
    if (body != null && body.length > 0) {
      reason = org.newsrelay.platform.JsonBodies.read(body, Kill.class).reason();
    }
    return Response.ok(StoryJson.of(workflow.kill(id, actor(), reason), reader()).toString())
        .build();
  }

  /** {"reason"}: why, for the desk's history; {@link StoryService#kill} requires it. */
  record Kill(String reason) {}

  @POST
  @Path("{id}/hold")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public Response hold(@PathParam("id") UUID id) {
    return Response.ok(StoryJson.of(workflow.hold(id, actor()), reader()).toString()).build();
  }

  @POST
  @Path("{id}/publish")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public Response publish(@PathParam("id") UUID id) {
    return Response.ok(StoryJson.of(workflow.publish(id, actor()), reader()).toString()).build();
  }

  @GET
  @Path("{id}/history")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public Response history(@PathParam("id") UUID id) {
    stories.get(id);
    var items = Json.createArrayBuilder();
    for (StoryEvent event : history.of(id)) {
      var item =
          Json.createObjectBuilder()
              .add("at", event.at().toString())
              .add("actor", event.actor())
              .add("action", event.action())
              .add("version", event.version());
      if (event.note() != null) {
        item.add("note", event.note());
      }
      items.add(item);
    }
    return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }

  /** The caller, for {@link Readership}. */
  private Readership.Reader reader() {
    if (security.getUserPrincipal() == null) {
      return Readership.Reader.PUBLIC;
    }
    String account = security.getUserPrincipal().getName();
    return security.isUserInRole(Roles.EDITOR) || security.isUserInRole(Roles.ADMIN)
        ? Readership.Reader.desk(account)
        : new Readership.Reader(account, false);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    Readership.Reader reader = reader();
    Instant now = Instant.now();
    // What a caller may not read gets the answer an unknown id gets: its existence does not leak.
    return stories
        .find(id)
        .map(s -> reader.mayRead(s, now) ? s : null)
        .map(s -> Response.ok(StoryJson.of(s, reader).toString()).build())
        .or(
            () ->
                incoming
                    .find(id)
                    .filter(i -> reader.seesDesk() || reader.pushedIt(i.origin()))
                    .map(i -> Response.ok(StoryJson.of(i).toString()).build()))
        .orElseThrow(() -> new NotFound("There is no story " + id + "."));
  }
}

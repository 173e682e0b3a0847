package org.newsrelay.story;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.NotPermitted;
import org.newsrelay.platform.Roles;

/**
 * Stories under /api/v1/stories: reading them (anyone, under {@link Readership}'s rule), and the
 * desk's actions on one (editors and admins): kill, hold, publish, history, correct, versions,
 * renditions, the waiting wire version, embargo, translations, merge and split. Pushing stories is
 * ingest's (same path, {@code PushResource}), and pinning one to a topic is topic's ({@code
 * TopicPinResource}): each answers in the domain that owns what it does.
 */
@Tag(name = "stories")
@Path("api/v1/stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {
  @Inject StoryRepository stories;
  @Inject IncomingStories incoming;
  @Inject StoryService workflow;
  @Inject StoryHistory history;
  @Inject StorySearch search;
  @Inject StoryDesk desk;
  @Inject Renditions renditions;
  @Context SecurityContext security;

  @APIResponseSchema(StoryJson.Listed.class)
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
    java.util.List<Story> found =
        search.find(new StorySearch.Query(uri, language, state, words, limit), reader);
    java.util.Map<UUID, WireMetadata> wire =
        stories.metadata(found.stream().map(Story::id).toList());
    found.forEach(s -> items.add(StoryJson.of(s, reader, wire.get(s.id()))));
    return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
  }

  @APIResponseSchema(StoryJson.Shown.class)
  @POST
  @Path("{id}/kill")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response kill(@PathParam("id") UUID id, @RequestBodySchema(Kill.class) byte[] body) {
    Kill kill = new Kill(null, null);
    if (body != null && body.length > 0) {
      kill = org.newsrelay.platform.JsonBodies.read(body, Kill.class);
    }
    return Response.ok(
            StoryJson.of(workflow.kill(id, actor(), kill.reason(), kill.notice()), reader())
                .toString())
        .build();
  }

  /**
   * {"reason", "notice"?}: why, for the desk's history ({@link StoryService#kill} requires it), and
   * what partners are told in the advisory, if anything beyond the kill.
   */
  record Kill(
      String reason,
      @Size(max = 2000, message = "\"notice\" is longer than 2000 characters.") String notice) {
    Kill {
      notice = Notice.clean(notice);
    }
  }

  /** {"notice"?}, optional, as is the body: what partners are told in the advisory. */
  record Notice(
      @Size(max = 2000, message = "\"notice\" is longer than 2000 characters.") String notice) {
    Notice {
      notice = clean(notice);
    }

    static String clean(String notice) {
      return notice == null || notice.isBlank() ? null : notice.strip();
    }

    static String of(byte[] body) {
      return body == null || body.length == 0 ? null : JsonBodies.read(body, Notice.class).notice();
    }
  }

  @RequestBody(required = false)
  @APIResponseSchema(StoryJson.Shown.class)
  @POST
  @Path("{id}/hold")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public Response hold(
      @PathParam("id") UUID id, @Schema(implementation = Notice.class) byte[] body) {
    return Response.ok(
            StoryJson.of(workflow.hold(id, actor(), Notice.of(body)), reader()).toString())
        .build();
  }

  @RequestBody(required = false)
  @APIResponseSchema(StoryJson.Shown.class)
  @POST
  @Path("{id}/publish")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public Response publish(
      @PathParam("id") UUID id, @Schema(implementation = Notice.class) byte[] body) {
    return Response.ok(
            StoryJson.of(workflow.publish(id, actor(), Notice.of(body)), reader()).toString())
        .build();
  }

  @APIResponseSchema(DeskJson.Events.class)
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
      if (event.advisory() != null) {
        // What partners were told, beside what the desk noted.
        item.add("advisory", event.advisory().value());
        if (event.notice() != null) {
          item.add("notice", event.notice());
        }
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
    return Readership.Reader.of(
        security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName(),
        security.isUserInRole(Roles.EDITOR) || security.isUserInRole(Roles.ADMIN));
  }

  @APIResponseSchema(StoryJson.Shown.class)
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    Readership.Reader reader = reader();
    Instant now = Instant.now();
    // What a caller may not read gets the answer an unknown id gets: its existence does not leak.
    return stories
        .find(id)
        .map(s -> reader.mayRead(s, now) ? s : null)
        .map(s -> Response.ok(StoryJson.of(s, reader, stories.metadata(s.id())).toString()).build())
        .or(
            () ->
                incoming
                    .find(id)
                    .filter(i -> reader.seesDesk() || reader.pushedIt(i.origin()))
                    .map(i -> Response.ok(StoryJson.of(i).toString()).build()))
        .orElseThrow(() -> new NotFound("There is no story " + id + "."));
  }

  /** Corrects a rendition: {"rendition"?, "headline"?, "body_text"?|"body_html"?, "note"}. */
  @APIResponseSchema(DeskJson.RenditionShown.class)
  @POST
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Path("{id}/correct")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response correct(
      @PathParam("id") UUID id, @RequestBodySchema(StoryDesk.Correction.class) byte[] body) {
    Rendition corrected =
        desk.correct(id, JsonBodies.read(body, StoryDesk.Correction.class), actor());
    Story story = desk.find(id);
    return ok(DeskJson.rendition(corrected, Renditions.original(story)));
  }

  @APIResponseSchema(DeskJson.Versions.class)
  @GET
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Path("{id}/versions")
  public Response versions(@PathParam("id") UUID id) {
    return ok(DeskJson.items(desk.versions(id).stream().map(DeskJson::version).toList()));
  }

  /**
   * The story in every language tag it is published in, side by side, each with the runs of text
   * that conversion changed (and what they were), its translations and its cluster.
   */
  @APIResponseSchema(DeskJson.Renditions.class)
  @GET
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Path("{id}/renditions")
  public Response renditions(@PathParam("id") UUID id) {
    Story story = desk.find(id);
    Rendition original = Renditions.original(story);
    var items = Json.createArrayBuilder();
    renditions.all(story).forEach(r -> items.add(DeskJson.rendition(r, original)));
    var translations = Json.createArrayBuilder();
    desk.translations(story.id()).forEach(t -> translations.add(t.toString()));
    var cluster = Json.createArrayBuilder();
    for (Story other : desk.clusterOf(story)) {
      cluster.add(
          Json.createObjectBuilder()
              .add("id", other.id().toString())
              .add("language", other.language().tag())
              .add("headline", other.headline())
              .add("status", other.status()));
    }
    var json =
        Json.createObjectBuilder()
            .add("story", StoryJson.of(story))
            .add("items", items)
            .add("translations", translations)
            .add("cluster", cluster);
    workflow
        .waitingVersion(story.id())
        .ifPresent(w -> json.add("wire_version", DeskJson.wireVersion(w)));
    return ok(json.build());
  }

  /** The wire's newer version of a corrected story, waiting for an editor (404 when none). */
  @APIResponseSchema(DeskJson.WireVersionShown.class)
  @GET
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Path("{id}/wire-version")
  public Response wireVersion(@PathParam("id") UUID id) {
    return ok(
        DeskJson.wireVersion(
            workflow
                .waitingVersion(id)
                .orElseThrow(() -> new NotFound("No wire version of story " + id + " waits."))));
  }

  /** Takes the waiting wire version: it replaces the corrected copy. */
  @APIResponseSchema(StoryJson.Shown.class)
  @POST
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Path("{id}/wire-version/accept")
  public Response acceptWireVersion(@PathParam("id") UUID id) {
    return ok(StoryJson.of(workflow.acceptWireVersion(id, actor())));
  }

  /** Drops the waiting wire version; the corrected copy stays. */
  @APIResponseSchema(StoryJson.Shown.class)
  @POST
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Path("{id}/wire-version/dismiss")
  public Response dismissWireVersion(@PathParam("id") UUID id) {
    return ok(StoryJson.of(workflow.dismissWireVersion(id, actor())));
  }

  /** Sets or moves the embargo {"until": time}, or lifts it {"until": null}. */
  @APIResponseSchema(StoryJson.Shown.class)
  @POST
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Path("{id}/embargo")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response embargo(@PathParam("id") UUID id, @RequestBodySchema(Embargo.class) byte[] body) {
    Instant until = JsonBodies.read(body, Embargo.class).until().orElse(null);
    return ok(StoryJson.of(desk.embargo(id, until, actor())));
  }

  /** Links the story with its translation {"story": id}. */
  @APIResponse(responseCode = "204", description = "Linked")
  @POST
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Path("{id}/translations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response link(
      @PathParam("id") UUID id, @RequestBodySchema(Translation.class) byte[] body) {
    String other = JsonBodies.read(body, Translation.class).story();
    desk.linkTranslation(id, storyId(other), actor());
    return Response.noContent().build();
  }

  @APIResponse(responseCode = "204", description = "Unlinked")
  @DELETE
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Path("{id}/translations/{other}")
  public Response unlink(@PathParam("id") UUID id, @PathParam("other") UUID other) {
    desk.unlinkTranslation(id, other, actor());
    return Response.noContent().build();
  }

  /** Merges the cluster of {"with": id} into this story's cluster. */
  @APIResponseSchema(StoryJson.Shown.class)
  @POST
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Path("{id}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response merge(@PathParam("id") UUID id, @RequestBodySchema(Merge.class) byte[] body) {
    String other = JsonBodies.read(body, Merge.class).with();
    return ok(StoryJson.of(desk.merge(id, storyId(other), actor())));
  }

  @APIResponseSchema(StoryJson.Shown.class)
  @POST
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Path("{id}/split")
  public Response split(@PathParam("id") UUID id) {
    return ok(StoryJson.of(desk.split(id, actor())));
  }

  /** A story named in a request body: one that is not a UUID is as unknown as a missing one. */
  static UUID storyId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFound("There is no story " + id + ".");
    }
  }

  /** {"until": time} sets or moves the embargo, {"until": null} lifts it; left out, it is asked. */
  record Embargo(Optional<Instant> until) {
    Embargo {
      if (until == null) {
        throw InvalidInput.field("until", "Say \"until\": a time, or null to lift the embargo.");
      }
    }
  }

  /** {"story": id}: the translation to link. */
  // Braces are escaped in a constraint's message: "{...}" would be a parameter.
  record Translation(
      @NotNull(message = "Say which story is the translation: \\{\"story\": id\\}.")
          String story) {}

  /** {"with": id}: the story whose cluster to merge. */
  record Merge(@NotNull(message = "Say which story to merge: \\{\"with\": id\\}.") String with) {}

  private static Response ok(JsonObject json) {
    return Response.ok(json.toString()).build();
  }
}

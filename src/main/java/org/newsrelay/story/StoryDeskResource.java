package org.newsrelay.story;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.Roles;

/**
 * The editors' story actions: /correct, /versions, /renditions, /embargo, /translations, /merge,
 * /split under /api/v1/stories/{id}.
 */
@Path("api/v1/stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class StoryDeskResource {
  @Inject StoryDesk desk;
  @Inject Renditions renditions;
  @Inject StoryService workflow;
  @Context SecurityContext security;

  /** Corrects a rendition: {"rendition"?, "headline"?, "body_text"?|"body_html"?, "note"}. */
  @POST
  @Path("{id}/correct")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response correct(@PathParam("id") UUID id, byte[] body) {
    Rendition corrected =
        desk.correct(id, JsonBodies.read(body, StoryDesk.Correction.class), actor());
    Story story = desk.find(id);
    return ok(DeskJson.rendition(corrected, Renditions.original(story)));
  }

  @GET
  @Path("{id}/versions")
  public Response versions(@PathParam("id") UUID id) {
    return ok(DeskJson.items(desk.versions(id).stream().map(DeskJson::version).toList()));
  }

  /**
   * The story in every language tag it is published in, side by side, each with the runs of text
   * that conversion changed (and what they were), its translations and its cluster.
   */
  @GET
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
    workflow.waitingVersion(story.id()).ifPresent(w -> json.add("wire_version", wireVersion(w)));
    return ok(json.build());
  }

  /** The wire's newer version of a corrected story, waiting for an editor (404 when none). */
  @GET
  @Path("{id}/wire-version")
  public Response wireVersion(@PathParam("id") UUID id) {
    return ok(
        wireVersion(
            workflow
                .waitingVersion(id)
                .orElseThrow(() -> new NotFound("No wire version of story " + id + " waits."))));
  }

  /** Takes the waiting wire version: it replaces the corrected copy. */
  @POST
  @Path("{id}/wire-version/accept")
  public Response acceptWireVersion(@PathParam("id") UUID id) {
    return ok(StoryJson.of(workflow.acceptWireVersion(id, actor())));
  }

  /** Drops the waiting wire version; the corrected copy stays. */
  @POST
  @Path("{id}/wire-version/dismiss")
  public Response dismissWireVersion(@PathParam("id") UUID id) {
    return ok(StoryJson.of(workflow.dismissWireVersion(id, actor())));
  }

  private static jakarta.json.JsonObject wireVersion(WireVersion waiting) {
    StoryCopy copy = waiting.copy();
    var json =
        Json.createObjectBuilder()
            .add("versioncreated", copy.versionCreated().toString())
            .add("received", waiting.receivedAt().toString())
            .add("headline", copy.headline());
    if (copy.bodyText() != null) {
      json.add("body_text", copy.bodyText());
    }
    if (copy.bodyHtml() != null) {
      json.add("body_html", copy.bodyHtml());
    }
    return json.build();
  }

  /** Sets or moves the embargo {"until": time}, or lifts it {"until": null}. */
  @POST
  @Path("{id}/embargo")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response embargo(@PathParam("id") UUID id, byte[] body) {
    Instant until = JsonBodies.read(body, Embargo.class).until().orElse(null);
    return ok(StoryJson.of(desk.embargo(id, until, actor())));
  }

  /** Links the story with its translation {"story": id}. */
  @POST
  @Path("{id}/translations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response link(@PathParam("id") UUID id, byte[] body) {
    String other = JsonBodies.read(body, Translation.class).story();
    desk.linkTranslation(id, storyId(other), actor());
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/translations/{other}")
  public Response unlink(@PathParam("id") UUID id, @PathParam("other") UUID other) {
    desk.unlinkTranslation(id, other, actor());
    return Response.noContent().build();
  }

  /** Merges the cluster of {"with": id} into this story's cluster. */
  @POST
  @Path("{id}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response merge(@PathParam("id") UUID id, byte[] body) {
    String other = JsonBodies.read(body, Merge.class).with();
    return ok(StoryJson.of(desk.merge(id, storyId(other), actor())));
  }

  @POST
  @Path("{id}/split")
  public Response split(@PathParam("id") UUID id) {
    return ok(StoryJson.of(desk.split(id, actor())));
  }

  private String actor() {
    return security.getUserPrincipal().getName();
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
  record Translation(String story) {
    Translation {
      if (story == null) {
        throw InvalidInput.field("story", "Say which story is the translation: {\"story\": id}.");
      }
    }
  }

  /** {"with": id}: the story whose cluster to merge. */
  record Merge(String with) {
    Merge {
      if (with == null) {
        throw InvalidInput.field("with", "Say which story to merge: {\"with\": id}.");
      }
    }
  }

  private static Response ok(JsonObject json) {
    return Response.ok(json.toString()).build();
  }
}

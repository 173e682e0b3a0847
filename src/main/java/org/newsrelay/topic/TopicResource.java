package org.newsrelay.topic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.Roles;
import org.newsrelay.story.StoryJson;

/** Topics for editors: define them, preview their rules, see and curate their stories. */
@Tag(name = "topics")
@Path("api/v1/topics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class TopicResource {
  @Inject TopicService topics;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @Operation(summary = "Every topic")
  @APIResponseSchema(TopicJson.Listed.class)
  @GET
  public Response list() {
    var items = Json.createArrayBuilder();
    topics.all().forEach(t -> items.add(TopicJson.of(t, null)));
    return ok(Json.createObjectBuilder().add("items", items).build());
  }

  @Operation(summary = "Defines a topic; recent stories are matched against its rules")
  @RequestBodySchema(TopicRequest.class)
  @APIResponseSchema(value = TopicJson.Shown.class, responseCode = "201")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(byte[] body) {
    Topic topic = topics.create(JsonBodies.read(body, TopicRequest.class), actor());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(topic.slug()).build())
        .entity(TopicJson.of(topic, topics.reevaluation(topic)).toString())
        .build();
  }

  @Operation(summary = "A topic, with its re-evaluation")
  @APIResponseSchema(TopicJson.Shown.class)
  @GET
  @Path("{slug}")
  public Response get(@PathParam("slug") String slug) {
    Topic topic = topics.get(slug);
    return ok(TopicJson.of(topic, topics.reevaluation(topic)));
  }

  @Operation(summary = "Changes a topic's names, visibility or rules")
  @RequestBodySchema(TopicRequest.class)
  @APIResponseSchema(TopicJson.Shown.class)
  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("slug") String slug, byte[] body) {
    Topic topic = topics.update(slug, JsonBodies.read(body, TopicRequest.class), actor());
    return ok(TopicJson.of(topic, topics.reevaluation(topic)));
  }

  @Operation(summary = "Deletes a topic; its stories stay")
  @APIResponse(responseCode = "204", description = "Deleted")
  @DELETE
  @Path("{slug}")
  public Response delete(@PathParam("slug") String slug) {
    topics.delete(slug);
    return Response.noContent().build();
  }

  /** How far re-evaluating recent stories against the latest rules has got. */
  @Operation(summary = "How far applying the latest rules to recent stories has got")
  @APIResponseSchema(TopicJson.ReevaluationShown.class)
  @GET
  @Path("{slug}/reevaluation")
  public Response reevaluation(@PathParam("slug") String slug) {
    Reevaluation job = topics.reevaluation(topics.get(slug));
    if (job == null) {
      throw new NotFound("Topic \"" + slug + "\" was never re-evaluated.");
    }
    return ok(TopicJson.of(job));
  }

  /** The rules' live preview: recent stories they would select, nothing saved. */
  @Operation(summary = "Recent stories the rules would select; nothing is saved")
  @RequestBodySchema(Preview.class)
  @APIResponseSchema(StoryJson.Listed.class)
  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response preview(byte[] body, @QueryParam("limit") @DefaultValue("20") int limit) {
    if (limit < 1 || limit > 100) {
      throw new InvalidInput("\"limit\" must be between 1 and 100.");
    }
    JsonValue rules = JsonBodies.read(body, Preview.class).rules();
    var items = Json.createArrayBuilder();
    topics.preview(rules, 1000, limit).forEach(s -> items.add(StoryJson.of(s)));
    return ok(Json.createObjectBuilder().add("items", items).build());
  }

  @Operation(summary = "The topic's stories, with why each is in it")
  @APIResponse(
      responseCode = "200",
      description = "The stories, newest first",
      content = @Content(schema = @Schema(ref = "TopicStories")))
  @GET
  @Path("{slug}/stories")
  public Response stories(
      @PathParam("slug") String slug, @QueryParam("limit") @DefaultValue("50") int limit) {
    if (limit < 1 || limit > 200) {
      throw new InvalidInput("\"limit\" must be between 1 and 200.");
    }
    var items = Json.createArrayBuilder();
    for (TopicService.Member member : topics.members(slug, limit)) {
      var item =
          Json.createObjectBuilder(StoryJson.of(member.story()))
              .add("topic_reason", member.reason().value());
      if (member.pinnedUntil() != null) {
        item.add("pinned_until", member.pinnedUntil().toString());
      }
      items.add(item);
    }
    return ok(Json.createObjectBuilder().add("items", items).build());
  }

  /** An editor puts a story in the topic, whatever the rules say. */
  @Operation(summary = "Puts a story in the topic, whatever the rules say")
  @APIResponse(responseCode = "204", description = "In the topic")
  @PUT
  @Path("{slug}/stories/{id}")
  public Response assign(@PathParam("slug") String slug, @PathParam("id") UUID id) {
    topics.assign(slug, id, actor());
    return Response.noContent().build();
  }

  /** An editor takes a story out of the topic, whatever the rules say. */
  @Operation(summary = "Takes a story out of the topic, whatever the rules say")
  @APIResponse(responseCode = "204", description = "Out of the topic")
  @DELETE
  @Path("{slug}/stories/{id}")
  public Response remove(@PathParam("slug") String slug, @PathParam("id") UUID id) {
    topics.remove(slug, id, actor());
    return Response.noContent().build();
  }

  /** Rules to try: {"rules": {...}}, read by {@link TopicRules#from}. */
  record Preview(JsonValue rules) {}

  private String actor() {
    return security.getUserPrincipal().getName();
  }

  private static Response ok(JsonObject json) {
    return Response.ok(json.toString()).build();
  }
}

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
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.Roles;
import org.newsrelay.story.StoryJson;

/** Topics for editors: define them, preview their rules, see and curate their stories. */
@Path("api/v1/topics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class TopicResource {
  @Inject TopicService topics;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @GET
  public Response list() {
    var items = Json.createArrayBuilder();
    topics.all().forEach(t -> items.add(TopicJson.of(t, null)));
    return ok(Json.createObjectBuilder().add("items", items).build());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(byte[] body) {
    Topic topic = topics.create(JsonBodies.read(body, TopicRequest.class), actor());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(topic.slug()).build())
        .entity(TopicJson.of(topic, topics.reevaluation(topic)).toString())
        .build();
  }

  @GET
  @Path("{slug}")
  public Response get(@PathParam("slug") String slug) {
    Topic topic = topics.get(slug);
    return ok(TopicJson.of(topic, topics.reevaluation(topic)));
  }

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("slug") String slug, byte[] body) {
    Topic topic = topics.update(slug, JsonBodies.read(body, TopicRequest.class), actor());
    return ok(TopicJson.of(topic, topics.reevaluation(topic)));
  }

  @DELETE
  @Path("{slug}")
  public Response delete(@PathParam("slug") String slug) {
    topics.delete(slug);
    return Response.noContent().build();
  }

  /** How far re-evaluating recent stories against the latest rules has got. */
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
  @PUT
  @Path("{slug}/stories/{id}")
  public Response assign(@PathParam("slug") String slug, @PathParam("id") UUID id) {
    topics.assign(slug, id, actor());
    return Response.noContent().build();
  }

  /** An editor takes a story out of the topic, whatever the rules say. */
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

package org.newsrelay.topic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.JsonViews;
import org.newsrelay.platform.Roles;

/** A story's pins and topics: POST /api/v1/stories/{id}/pin {"topic", "until"}. */
@Tag(name = "topics")
@Path("api/v1/stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class TopicPinResource {
  @Inject TopicService topics;
  @Inject TopicRepository repository;
  @Context SecurityContext security;

  @Operation(summary = "Pins a story to the top of a topic's feed until a time")
  @RequestBodySchema(PinRequest.class)
  @APIResponseSchema(PinShown.class)
  @POST
  @Path("{id}/pin")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response pin(@PathParam("id") UUID id, byte[] body) {
    PinRequest request = JsonBodies.read(body, PinRequest.class);
    String topic = request.topic();
    TopicPin pin = topics.pin(id, topic, request.until(), actor());
    return Response.ok(JsonViews.text(new PinShown(topic, pin.until(), pin.pinnedBy()))).build();
  }

  @Operation(summary = "Unpins a story from a topic (?topic=slug)")
  @APIResponse(responseCode = "204", description = "Unpinned")
  @DELETE
  @Path("{id}/pin")
  public Response unpin(@PathParam("id") UUID id, @QueryParam("topic") String topic) {
    if (topic == null) {
      throw new InvalidInput("Say which pin: ?topic=<slug>.");
    }
    topics.unpin(id, topic, actor());
    return Response.noContent().build();
  }

  /** The topics a story is in and its pins, for the console's story page. */
  @Operation(summary = "The topics a story is in, and its pins")
  @APIResponseSchema(StoryTopics.class)
  @GET
  @Path("{id}/topics")
  public Response topicsOf(@PathParam("id") UUID id) {
    List<String> slugs = repository.topicsOf(id).stream().map(Topic::slug).toList();
    List<PinShown> pins = new ArrayList<>();
    for (TopicPin pin : repository.pinsOf(id)) {
      repository
          .find(pin.topicId())
          .ifPresent(t -> pins.add(new PinShown(t.slug(), pin.until(), null)));
    }
    return Response.ok(JsonViews.text(new StoryTopics(slugs, pins))).build();
  }

  /** A pin; who pinned it is shown to whoever just did. */
  @Schema(name = "Pin")
  record PinShown(String topic, Instant until, String pinnedBy) {}

  @Schema(name = "StoryTopics")
  record StoryTopics(List<String> topics, List<PinShown> pins) {}

  /** {"topic": slug, "until": time}, both required. */
  record PinRequest(
      @NotNull(message = NEEDS) String topic, @NotNull(message = NEEDS) Instant until) {
    static final String NEEDS = "A pin needs \"topic\" (a slug) and \"until\" (a time).";
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }
}

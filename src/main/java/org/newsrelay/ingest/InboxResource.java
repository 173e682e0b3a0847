package org.newsrelay.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.Roles;

/** What came in and how processing went: failed items with their error, and a way to retry them. */
@Tag(name = "inbox")
@Path("api/v1/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class InboxResource {
  @Inject Inbox inbox;

  @Operation(summary = "Inbox items by status (failed by default), newest first")
  @APIResponse(
      responseCode = "200",
      description = "The items",
      content = @Content(schema = @Schema(ref = "InboxItems")))
  @GET
  public Response list(
      @QueryParam("status") @DefaultValue("failed") String status,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    InboxItem.Status wanted =
        Arrays.stream(InboxItem.Status.values())
            .filter(s -> s.name().equals(status))
            .findFirst()
            .orElseThrow(() -> new InvalidInput("\"status\" is one of pending, done, failed."));
    if (limit < 1 || limit > 200) {
      throw new InvalidInput("\"limit\" must be between 1 and 200.");
    }
    var items = Json.createArrayBuilder();
    inbox.list(wanted, limit).forEach(i -> items.add(json(i)));
    return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
  }

  @Operation(summary = "Processes a failed item again, as it was received")
  @APIResponse(
      responseCode = "202",
      description = "Pending again",
      content = @Content(schema = @Schema(ref = "InboxItem")))
  @POST
  @Path("{id}/retry")
  public Response retry(@PathParam("id") UUID id) {
    return inbox
        .retry(id)
        .map(i -> Response.accepted(json(i).toString()).build())
        .orElseThrow(() -> new NotFound("There is no inbox item " + id + "."));
  }

  static JsonObject json(InboxItem item) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", item.id().toString())
            .add("story", item.storyId().toString())
            .add("origin", item.origin())
            .add("guid", item.guid())
            .add("content_type", item.contentType())
            .add("status", item.status().name())
            .add("attempts", item.attempts())
            .add("received", item.receivedAt().toString());
    if (item.error() != null) {
      json.add("error", item.error());
    }
    if (item.processedAt() != null) {
      json.add("processed", item.processedAt().toString());
    }
    return json.build();
  }
}

package org.newsrelay.ingest;

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
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.JsonViews;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.Roles;

/** Polled feeds and their health. */
@Tag(name = "sources")
@Path("api/v1/sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class SourceResource {
  @Inject Sources sources;
  @Inject SourceHubs hubs;
  @Context UriInfo uriInfo;

  @Operation(summary = "Registers a feed to poll (every 5 minutes unless told)")
  @RequestBodySchema(SourceRequest.class)
  @APIResponseSchema(value = SourceShown.class, responseCode = "201")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(byte[] body) {
    SourceRequest request =
        JsonBodies.read(
            body,
            SourceRequest.class,
            "Expected a JSON object such as {\"url\": \"https://…/feed.xml\"}.");
    Source source = sources.register(request.url(), request.language(), request.intervalSeconds());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(source.id().toString()).build())
        .entity(json(source, null).toString())
        .build();
  }

  @Operation(summary = "Every polled feed and its health")
  @APIResponseSchema(SourceList.class)
  @GET
  public Response list() {
    var items = Json.createArrayBuilder();
    Map<UUID, SourceHubs.Status> subscriptions = hubs.bySource();
    sources.all().forEach(s -> items.add(json(s, subscriptions.get(s.id()))));
    return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
  }

  @Operation(summary = "A polled feed and its health, WebSub included")
  @APIResponseSchema(SourceShown.class)
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    return Response.ok(json(find(id)).toString()).build();
  }

  /** Forgets the source (its stories stay) and unsubscribes from its WebSub hub, best effort. */
  @Operation(summary = "Forgets a feed (its stories stay) and leaves its hub")
  @APIResponse(responseCode = "204", description = "Forgotten")
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") UUID id) {
    if (!sources.delete(find(id).id())) {
      throw new NotFound("There is no source " + id + ".");
    }
    return Response.noContent().build();
  }

  /** Polls the source now and answers with its health afterwards. */
  @Operation(summary = "Polls a feed now; its health afterwards")
  @APIResponseSchema(SourceShown.class)
  @POST
  @Path("{id}/refresh")
  public Response refresh(@PathParam("id") UUID id) {
    Source source = find(id);
    sources.poll(source.id());
    return Response.ok(json(find(id)).toString()).build();
  }

  private Source find(UUID id) {
    return sources.find(id).orElseThrow(() -> new NotFound("There is no source " + id + "."));
  }

  private JsonObject json(Source source) {
    return json(source, hubs.forSource(source.id()).orElse(null));
  }

  /** A polled source and its health. */
  @Schema(name = "Source")
  record SourceShown(
      UUID id,
      String url,
      long intervalSeconds,
      long currentIntervalSeconds,
      String status,
      int consecutiveFailures,
      long itemsSeen,
      Instant nextAttempt,
      String language,
      String title,
      Instant lastAttempt,
      Instant lastSuccess,
      LastError lastError,
      WebSubShown websub) {}

  /** When the latest failure was and why ("" when it gave no reason). */
  @Schema(name = "LastError")
  record LastError(Instant at, String reason) {
    static LastError of(Instant at, String reason) {
      return at == null ? null : new LastError(at, reason == null ? "" : reason);
    }
  }

  /** The WebSub subscription to the feed's hub, when the feed advertises one. */
  @Schema(name = "SourceWebSub")
  record WebSubShown(
      String hub,
      String topic,
      String state,
      long pushes,
      String reason,
      Instant requested,
      Instant verified,
      Instant leaseExpires,
      Instant lastPush,
      LastError lastError) {}

  static JsonObject json(Source source, SourceHubs.Status websub) {
    return JsonViews.of(
        new SourceShown(
            source.id(),
            source.url(),
            source.interval().toSeconds(),
            source.currentInterval().toSeconds(),
            source.failing() ? "failing" : source.lastSuccessAt() == null ? "new" : "ok",
            source.consecutiveFailures(),
            source.itemsSeen(),
            source.nextPollAt(),
            source.language(),
            source.title(),
            source.lastAttemptAt(),
            source.lastSuccessAt(),
            LastError.of(source.lastErrorAt(), source.lastError()),
            websub == null ? null : websub(websub)));
  }

  private static WebSubShown websub(SourceHubs.Status sub) {
    return new WebSubShown(
        sub.hub(),
        sub.topic(),
        sub.state(),
        sub.pushes(),
        sub.reason(),
        sub.requested(),
        sub.verified(),
        sub.leaseExpires(),
        sub.lastPush(),
        LastError.of(sub.lastErrorAt(), sub.lastError()));
  }

  /** The list's shape, for /openapi. */
  @Schema(name = "Sources")
  record SourceList(List<SourceShown> items) {}

  /** {"url", "language"?, "interval_seconds"?}; {@link Sources#register} checks them. */
  record SourceRequest(String url, String language, Integer intervalSeconds) {}
}

package org.newsrelay.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.Map;
import java.util.UUID;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.Roles;

/** Polled feeds and their health. */
@Path("api/v1/sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class SourceResource {
  @Inject Sources sources;
  @Inject SourceHubs hubs;
  @Context UriInfo uriInfo;

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

  @GET
  public Response list() {
    var items = Json.createArrayBuilder();
    Map<UUID, SourceHubs.Status> subscriptions = hubs.bySource();
    sources.all().forEach(s -> items.add(json(s, subscriptions.get(s.id()))));
    return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    return Response.ok(json(find(id)).toString()).build();
  }

  /** Forgets the source (its stories stay) and unsubscribes from its WebSub hub, best effort. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") UUID id) {
    if (!sources.delete(find(id).id())) {
      throw new NotFound("There is no source " + id + ".");
    }
    return Response.noContent().build();
  }

  /** Polls the source now and answers with its health afterwards. */
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

  static JsonObject json(Source source, SourceHubs.Status websub) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", source.id().toString())
            .add("url", source.url())
            .add("interval_seconds", source.interval().toSeconds())
            .add("current_interval_seconds", source.currentInterval().toSeconds())
            .add(
                "status",
                source.failing() ? "failing" : source.lastSuccessAt() == null ? "new" : "ok")
            .add("consecutive_failures", source.consecutiveFailures())
            .add("items_seen", source.itemsSeen())
            .add("next_attempt", source.nextPollAt().toString());
    if (source.language() != null) {
      json.add("language", source.language());
    }
    if (source.title() != null) {
      json.add("title", source.title());
    }
    add(json, "last_attempt", source.lastAttemptAt());
    add(json, "last_success", source.lastSuccessAt());
    if (source.lastErrorAt() != null) {
      json.add(
          "last_error",
          Json.createObjectBuilder()
              .add("at", source.lastErrorAt().toString())
              .add("reason", source.lastError() == null ? "" : source.lastError()));
    }
    if (websub != null) {
      json.add("websub", websub(websub));
    }
    return json.build();
  }

  /** The WebSub subscription to the feed's hub, when the feed advertises one. */
  private static JsonObject websub(SourceHubs.Status sub) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("hub", sub.hub())
            .add("topic", sub.topic())
            .add("state", sub.state())
            .add("pushes", sub.pushes());
    if (sub.reason() != null) {
      json.add("reason", sub.reason());
    }
    add(json, "requested", sub.requested());
    add(json, "verified", sub.verified());
    add(json, "lease_expires", sub.leaseExpires());
    add(json, "last_push", sub.lastPush());
    if (sub.lastErrorAt() != null) {
      json.add(
          "last_error",
          Json.createObjectBuilder()
              .add("at", sub.lastErrorAt().toString())
              .add("reason", sub.lastError() == null ? "" : sub.lastError()));
    }
    return json.build();
  }

  private static void add(JsonObjectBuilder json, String name, Instant at) {
    if (at != null) {
      json.add(name, at.toString());
    }
  }

  /** {"url", "language"?, "interval_seconds"?}; {@link Sources#register} checks them. */
  record SourceRequest(String url, String language, Integer intervalSeconds) {}
}

package org.newsrelay.story;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.JsonViews;
import org.newsrelay.platform.Roles;

/**
 * Trust per origin, set by admins: PUT /api/v1/origins/{origin} {"trusted": false} makes stories
 * from "push:&lt;account&gt;" or "source:&lt;id&gt;" wait as incoming for an editor.
 */
@Tag(name = "origins")
@Path("api/v1/origins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class OriginResource {
  @Inject Origins origins;
  @Context SecurityContext security;

  @Operation(summary = "Every origin whose trust was set")
  @APIResponseSchema(TrustList.class)
  @GET
  public Response list() {
    var items = Json.createArrayBuilder();
    origins.all().forEach(o -> items.add(json(o)));
    return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
  }

  @Operation(summary = "Trusts an origin (push:account, source:id) or makes its stories wait")
  @RequestBodySchema(Trust.class)
  @APIResponseSchema(TrustShown.class)
  @PUT
  @Path("{origin}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response set(@PathParam("origin") String origin, byte[] body) {
    boolean trusted = JsonBodies.read(body, Trust.class).trusted();
    return Response.ok(
            json(origins.set(origin, trusted, security.getUserPrincipal().getName())).toString())
        .build();
  }

  /** {"trusted": true} or {"trusted": false}. */
  // Braces are escaped in a constraint's message: "{...}" would be a parameter.
  record Trust(
      @NotNull(message = "Say \\{\"trusted\": true\\} or \\{\"trusted\": false\\}.")
          Boolean trusted) {}

  @Schema(name = "OriginTrust")
  record TrustShown(String origin, boolean trusted, String changedBy, Instant changed) {}

  /** The list's shape, for /openapi. */
  @Schema(name = "OriginTrusts")
  record TrustList(java.util.List<TrustShown> items) {}

  private static JsonObject json(OriginTrust trust) {
    return JsonViews.of(
        new TrustShown(trust.origin(), trust.trusted(), trust.changedBy(), trust.changedAt()));
  }
}

package org.newsrelay.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.Roles;

/**
 * Partners for admins: accounts, keys, usage. A partner may read its own account and usage with its
 * key; its hub subscriptions and deliveries are {@code partner.websub.PartnerHubResource}'s.
 */
@Tag(name = "partners")
@Path("api/v1/partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {
  @Inject Partners partners;
  @Inject PartnerKeys keys;
  @Inject UsageMeter usage;
  @Context UriInfo uriInfo;
  @Context SecurityContext security;

  @Operation(summary = "Creates a partner with its roles, entitlements and rate limits")
  @RequestBodySchema(PartnerRequest.class)
  @APIResponseSchema(value = PartnerJson.Shown.class, responseCode = "201")
  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(byte[] body) {
    Partner partner = partners.create(PartnerTerms.of(JsonBodies.read(body, PartnerRequest.class)));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(partner.id().toString()).build())
        .entity(PartnerJson.of(partner).toString())
        .build();
  }

  @Operation(summary = "Every partner")
  @APIResponseSchema(PartnerJson.Listed.class)
  @GET
  @RolesAllowed(Roles.ADMIN)
  public Response list() {
    JsonArrayBuilder items = Json.createArrayBuilder();
    partners.all().forEach(p -> items.add(PartnerJson.of(p)));
    return ok(Json.createObjectBuilder().add("items", items).build());
  }

  @Operation(summary = "A partner (a partner's key reads its own)")
  @APIResponseSchema(PartnerJson.Shown.class)
  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response get(@PathParam("id") UUID id) {
    return ok(PartnerJson.of(partners.require(visible(id))));
  }

  @Operation(summary = "Changes a partner's terms; its caches follow at once")
  @RequestBodySchema(PartnerRequest.class)
  @APIResponseSchema(PartnerJson.Shown.class)
  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("id") UUID id, byte[] body) {
    return ok(
        PartnerJson.of(
            partners.update(id, PartnerTerms.of(JsonBodies.read(body, PartnerRequest.class)))));
  }

  /** Issues a key and shows it this once; only its hash is kept. */
  @Operation(summary = "Issues an API key, shown this once (only its hash is kept)")
  @RequestBody(required = false)
  @APIResponseSchema(value = PartnerJson.KeyShown.class, responseCode = "201")
  @POST
  @Path("{id}/keys")
  @RolesAllowed(Roles.ADMIN)
  public Response issueKey(
      @PathParam("id") UUID id, @Schema(implementation = KeyRequest.class) byte[] body) {
    String label = null;
    if (body != null && body.length > 0) {
      label = JsonBodies.read(body, KeyRequest.class).label();
    }
    PartnerKeys.IssuedKey issued = keys.issue(id, label);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(issued.record().id().toString()).build())
        .entity(PartnerJson.issued(issued).toString())
        .header("Cache-Control", "no-store")
        .build();
  }

  @Operation(summary = "A partner's keys, without the keys themselves")
  @APIResponseSchema(PartnerJson.Keys.class)
  @GET
  @Path("{id}/keys")
  @RolesAllowed(Roles.ADMIN)
  public Response listKeys(@PathParam("id") UUID id) {
    UUID partnerId = partners.require(id).id();
    JsonArrayBuilder items = Json.createArrayBuilder();
    keys.of(partnerId).forEach(k -> items.add(PartnerJson.of(k)));
    return ok(Json.createObjectBuilder().add("items", items).build());
  }

  /** Revokes a key: the next request made with it is refused. */
  @Operation(summary = "Revokes a key: the next request with it is refused")
  @APIResponse(responseCode = "204", description = "Revoked")
  @DELETE
  @Path("{id}/keys/{keyId}")
  @RolesAllowed(Roles.ADMIN)
  public Response revokeKey(@PathParam("id") UUID id, @PathParam("keyId") UUID keyId) {
    keys.revoke(id, keyId);
    return Response.noContent().build();
  }

  @Operation(summary = "Requests, pushes, bytes and deliveries per day (the last 30 by default)")
  @APIResponseSchema(PartnerJson.UsageShown.class)
  @GET
  @Path("{id}/usage")
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response usage(
      @PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
    UUID partnerId = partners.require(visible(id)).id();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate end = day(to, today);
    LocalDate start = day(from, end.minusDays(30));
    if (start.isAfter(end)) {
      throw new InvalidInput("\"from\" is after \"to\".");
    }
    return ok(PartnerJson.usage(partnerId, start, end, usage.of(partnerId, start, end)));
  }

  /** {"label"?}; the whole body may be left out. A blank label was always refused. */
  record KeyRequest(
      @Size(min = 1, message = "\"label\" is blank; leave it out instead.") String label) {
    KeyRequest {
      label = label == null ? null : label.strip();
    }
  }

  private UUID visible(UUID id) {
    return PartnerIds.visible(id, security.isUserInRole(Roles.ADMIN), security.getUserPrincipal());
  }

  private static LocalDate day(String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput("Dates are written 2026-01-31, not \"" + value + "\".");
    }
  }

  private static Response ok(JsonObject json) {
    return Response.ok(json.toString()).build();
  }
}

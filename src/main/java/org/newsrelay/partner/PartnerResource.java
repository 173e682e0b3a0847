package org.newsrelay.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsrelay.partner.websub.Deliveries;
import org.newsrelay.partner.websub.Delivery;
import org.newsrelay.partner.websub.DeliveryAttempt;
import org.newsrelay.partner.websub.Hub;
import org.newsrelay.partner.websub.Intents;
import org.newsrelay.partner.websub.WebSubJson;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.ProblemException;
import org.newsrelay.platform.Roles;

/**
 * Partners for admins: accounts, keys, usage. A partner may read its own account, usage,
 * subscriptions and deliveries with its key.
 */
@Path("api/v1/partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {
  static final int MAX_DELIVERIES = 500;

  @Inject Partners partners;
  @Inject PartnerKeys keys;
  @Inject UsageMeter usage;
  @Inject Hub hub;
  @Inject Intents intents;
  @Inject Deliveries deliveries;
  @Context UriInfo uriInfo;
  @Context SecurityContext security;

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(byte[] body) {
    Partner partner = partners.create(PartnerTerms.of(JsonBodies.object(body)));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(partner.id().toString()).build())
        .entity(PartnerJson.of(partner).toString())
        .build();
  }

  @GET
  @RolesAllowed(Roles.ADMIN)
  public Response list() {
    JsonArrayBuilder items = Json.createArrayBuilder();
    partners.all().forEach(p -> items.add(PartnerJson.of(p)));
    return ok(Json.createObjectBuilder().add("items", items).build());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response get(@PathParam("id") String id) {
    return ok(PartnerJson.of(partners.require(visible(id))));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("id") String id, byte[] body) {
    return ok(PartnerJson.of(partners.update(uuid(id), PartnerTerms.of(JsonBodies.object(body)))));
  }

  /** Issues a key and shows it this once; only its hash is kept. */
  @POST
  @Path("{id}/keys")
  @RolesAllowed(Roles.ADMIN)
  public Response issueKey(@PathParam("id") String id, byte[] body) {
    String label = null;
    if (body != null && body.length > 0) {
      JsonValue value = JsonBodies.object(body).get("label");
      if (value instanceof JsonString s && !s.getString().isBlank()) {
        label = s.getString().strip();
      } else if (value != null && value != JsonValue.NULL) {
        throw ProblemException.badRequest("\"label\" must be a string.");
      }
    }
    PartnerKeys.IssuedKey issued = keys.issue(uuid(id), label);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(issued.record().id().toString()).build())
        .entity(PartnerJson.issued(issued).toString())
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("{id}/keys")
  @RolesAllowed(Roles.ADMIN)
  public Response listKeys(@PathParam("id") String id) {
    UUID partnerId = partners.require(uuid(id)).id();
    JsonArrayBuilder items = Json.createArrayBuilder();
    keys.of(partnerId).forEach(k -> items.add(PartnerJson.of(k)));
    return ok(Json.createObjectBuilder().add("items", items).build());
  }

  /** Revokes a key: the next request made with it is refused. */
  @DELETE
  @Path("{id}/keys/{keyId}")
  @RolesAllowed(Roles.ADMIN)
  public Response revokeKey(@PathParam("id") String id, @PathParam("keyId") String keyId) {
    keys.revoke(uuid(id), uuid(keyId));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/usage")
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response usage(
      @PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
    UUID partnerId = partners.require(visible(id)).id();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate end = day(to, today);
    LocalDate start = day(from, end.minusDays(30));
    if (start.isAfter(end)) {
      throw ProblemException.badRequest("\"from\" is after \"to\".");
    }
    return ok(PartnerJson.usage(partnerId, start, end, usage.of(partnerId, start, end)));
  }

  @GET
  @Path("{id}/subscriptions")
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response subscriptions(@PathParam("id") String id) {
    UUID partnerId = partners.require(visible(id)).id();
    JsonArrayBuilder items = Json.createArrayBuilder();
    hub.of(partnerId).forEach(s -> items.add(WebSubJson.of(s, intents.latest(s.id()))));
    return ok(Json.createObjectBuilder().add("items", items).build());
  }

  @GET
  @Path("{id}/subscriptions/{subscriptionId}")
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response subscription(
      @PathParam("id") String id, @PathParam("subscriptionId") String subscriptionId) {
    UUID partnerId = partners.require(visible(id)).id();
    var subscription =
        hub.find(partnerId, uuid(subscriptionId))
            .orElseThrow(() -> ProblemException.notFound("There is no such subscription."));
    return ok(WebSubJson.of(subscription, intents.latest(subscription.id())));
  }

  /** Deliveries, newest first, each with every attempt made at it. */
  @GET
  @Path("{id}/deliveries")
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response deliveries(
      @PathParam("id") String id,
      @QueryParam("subscription") String subscription,
      @QueryParam("state") String state,
      @QueryParam("limit") Integer limit) {
    UUID partnerId = partners.require(visible(id)).id();
    if (state != null) {
      try {
        Delivery.State.valueOf(state);
      } catch (IllegalArgumentException e) {
        throw ProblemException.badRequest(
            "\"state\" is one of pending, delivered, failed, cancelled.");
      }
    }
    int max = limit == null ? 100 : limit;
    if (max < 1 || max > MAX_DELIVERIES) {
      throw ProblemException.badRequest("\"limit\" is from 1 to " + MAX_DELIVERIES + ".");
    }
    List<Delivery> found =
        deliveries.of(partnerId, subscription == null ? null : uuid(subscription), state, max);
    Map<Long, List<DeliveryAttempt>> attempts =
        deliveries.attemptsOf(found.stream().map(Delivery::id).toList());
    JsonArrayBuilder items = Json.createArrayBuilder();
    found.forEach(d -> items.add(WebSubJson.of(d, attempts.getOrDefault(d.id(), List.of()))));
    return ok(Json.createObjectBuilder().add("items", items).build());
  }

  /** Sends a failed (or any finished) delivery again, after everything already queued. */
  @POST
  @Path("{id}/deliveries/{deliveryId}/resend")
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response resend(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
    UUID partnerId = partners.require(visible(id)).id();
    long number;
    try {
      number = Long.parseLong(deliveryId);
    } catch (NumberFormatException e) {
      throw ProblemException.notFound("There is no delivery " + deliveryId + ".");
    }
    Delivery copy = deliveries.resend(partnerId, number);
    return Response.accepted(WebSubJson.of(copy, List.of()).toString()).build();
  }

  /** Admins see every partner; a partner sees only itself (and others are simply not there). */
  private UUID visible(String id) {
    UUID partnerId = uuid(id);
    if (security.isUserInRole(Roles.ADMIN)) {
      return partnerId;
    }
    if (!PartnerCaller.partnerOf(security.getUserPrincipal())
        .map(partnerId::equals)
        .orElse(false)) {
      throw ProblemException.notFound("There is no partner " + id + ".");
    }
    return partnerId;
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("There is nothing at " + id + ".");
    }
  }

  private static LocalDate day(String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest("Dates are written 2026-01-31, not \"" + value + "\".");
    }
  }

  private static Response ok(JsonObject json) {
    return Response.ok(json.toString()).build();
  }
}

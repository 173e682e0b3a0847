package org.newsrelay.partner.websub;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.partner.PartnerIds;
import org.newsrelay.partner.Partners;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.Roles;

/**
 * A partner's hub subscriptions and deliveries, for admins and for the partner itself with its key.
 * Beside {@code partner.PartnerResource} under {@code /api/v1/partners/{id}}: the hub stands on the
 * partner domain, so its part of the partner's URLs lives with the hub.
 */
@Tag(name = "websub")
@Path("api/v1/partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnerHubResource {
  static final int MAX_DELIVERIES = 500;

  @Inject Partners partners;
  @Inject Hub hub;
  @Inject Intents intents;
  @Inject Deliveries deliveries;
  @Context SecurityContext security;

  @Operation(summary = "A partner's WebSub subscriptions")
  @APIResponseSchema(WebSubJson.SubscriptionList.class)
  @GET
  @Path("{id}/subscriptions")
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response subscriptions(@PathParam("id") String id) {
    UUID partnerId = partners.require(visible(id)).id();
    JsonArrayBuilder items = Json.createArrayBuilder();
    hub.of(partnerId).forEach(s -> items.add(WebSubJson.of(s, intents.latest(s.id()))));
    return ok(Json.createObjectBuilder().add("items", items).build());
  }

  @Operation(summary = "A subscription and its latest request")
  @APIResponseSchema(WebSubJson.SubscriptionShown.class)
  @GET
  @Path("{id}/subscriptions/{subscriptionId}")
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response subscription(
      @PathParam("id") String id, @PathParam("subscriptionId") String subscriptionId) {
    UUID partnerId = partners.require(visible(id)).id();
    var subscription =
        hub.find(partnerId, uuid(subscriptionId))
            .orElseThrow(() -> new NotFound("There is no such subscription."));
    return ok(WebSubJson.of(subscription, intents.latest(subscription.id())));
  }

  /** Deliveries, newest first, each with every attempt made at it. */
  @Operation(summary = "Deliveries, newest first, each with every attempt made at it")
  @APIResponseSchema(WebSubJson.DeliveryList.class)
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
        throw new InvalidInput("\"state\" is one of pending, delivered, failed, cancelled.");
      }
    }
    int max = limit == null ? 100 : limit;
    if (max < 1 || max > MAX_DELIVERIES) {
      throw new InvalidInput("\"limit\" is from 1 to " + MAX_DELIVERIES + ".");
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
  @Operation(summary = "Sends a finished delivery again, after everything queued")
  @APIResponseSchema(value = WebSubJson.DeliveryShown.class, responseCode = "202")
  @POST
  @Path("{id}/deliveries/{deliveryId}/resend")
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response resend(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
    UUID partnerId = partners.require(visible(id)).id();
    long number;
    try {
      number = Long.parseLong(deliveryId);
    } catch (NumberFormatException e) {
      throw new NotFound("There is no delivery " + deliveryId + ".");
    }
    Delivery copy = deliveries.resend(partnerId, number);
    return Response.accepted(WebSubJson.of(copy, List.of()).toString()).build();
  }

  private UUID visible(String id) {
    return PartnerIds.visible(id, security.isUserInRole(Roles.ADMIN), security.getUserPrincipal());
  }

  private static UUID uuid(String id) {
    return PartnerIds.parse(id);
  }

  private static Response ok(JsonObject json) {
    return Response.ok(json.toString()).build();
  }
}

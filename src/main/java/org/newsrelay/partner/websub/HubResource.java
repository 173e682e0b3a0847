package org.newsrelay.partner.websub;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.partner.PartnerCaller;
import org.newsrelay.platform.DatabaseUnavailable;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.NotPermitted;
import org.newsrelay.platform.Roles;
import org.newsrelay.platform.Settings;
import org.newsrelay.websub.SubscriptionRequest;

/**
 * The WebSub hub: partners subscribe with their API key, form-encoded as WebSub says. The key is
 * checked ({@link org.newsrelay.platform.RoleCheck}) and the declared length bounded ({@link
 * org.newsrelay.platform.SmallBodies}) before the form is read.
 */
@Tag(name = "websub")
@Path("websub")
@RequestScoped
public class HubResource {
  @Inject Hub hub;
  @Context UriInfo uriInfo;
  @Context SecurityContext security;

  @Operation(
      summary = "Subscribes or unsubscribes a callback (W3C WebSub); the hub verifies it first")
  @RequestBody(content = @Content(schema = @Schema(ref = "HubRequest")))
  @APIResponse(
      responseCode = "202",
      description = "Taken; the callback is asked to confirm",
      content = @Content(schema = @Schema(ref = "HubAccepted")))
  @POST
  @RolesAllowed(Roles.PARTNER)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response request(MultivaluedMap<String, String> form) {
    UUID partnerId =
        PartnerCaller.partnerOf(security.getUserPrincipal())
            .orElseThrow(() -> new NotPermitted("Subscribing needs a partner's API key."));
    SubscriptionRequest request = SubscriptionRequest.read(form);
    Hub.Accepted accepted;
    try {
      accepted = hub.request(partnerId, request, bases());
    } catch (PersistenceException | TransactionalException raced) {
      if (DatabaseUnavailable.is(raced)) {
        // Asking again would only wait as long once more: the client gets 503 and asks later.
        throw raced;
      }
      // The same subscription requested twice at once: the other request created it.
      accepted = hub.request(partnerId, request, bases());
    }
    return Response.accepted(
            Json.createObjectBuilder()
                .add("subscription", accepted.subscription().id().toString())
                .add("request", accepted.intent().id().toString())
                .add("mode", accepted.intent().mode().name())
                .add("state", "verifying")
                .build()
                .toString())
        .build();
  }

  /**
   * Where this server is reached, as its feeds' self links say (never the Host header: the topic's
   * base is what deliveries are rendered with), and as configured for the public.
   */
  private List<URI> bases() {
    List<URI> bases = new ArrayList<>();
    bases.add(org.newsrelay.feed.FeedLinks.base(uriInfo.getBaseUri()));
    Settings.current().publicUrl().ifPresent(bases::add);
    return bases;
  }
}

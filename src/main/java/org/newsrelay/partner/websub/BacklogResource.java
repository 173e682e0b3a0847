package org.newsrelay.partner.websub;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.partner.PartnerIds;
import org.newsrelay.partner.Partners;
import org.newsrelay.platform.JsonViews;
import org.newsrelay.platform.Roles;

/**
 * {@code GET /api/v1/partners/{id}/backlog}: each subscription's deliveries still to make and those
 * that failed, for the console's partner page (admins, and the partner itself).
 */
@Tag(name = "websub")
@Path("api/v1/partners/{id}/backlog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BacklogResource {
  @Inject Partners partners;
  @Inject Backlogs backlogs;
  @Context SecurityContext security;

  record Shown(java.util.List<Backlogs.Backlog> items) {}

  @Operation(summary = "Each subscription's deliveries still to make, and its last failures")
  @GET
  @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
  public Response backlog(@PathParam("id") String id) {
    var partnerId =
        partners
            .require(
                PartnerIds.visible(
                    id, security.isUserInRole(Roles.ADMIN), security.getUserPrincipal()))
            .id();
    var items =
        backlogs.of(partnerId).values().stream()
            .sorted(Comparator.comparing(b -> b.subscription().toString()))
            .toList();
    return Response.ok(JsonViews.text(new Shown(items))).build();
  }
}

package org.newsrelay.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.Roles;

/**
 * {@code GET /api/v1/stories/{id}/audience}: which partners took a story, which versions and how,
 * for the desk to follow a kill or a correction up with each of them.
 */
@Tag(name = "stories")
@Path("api/v1/stories/{id}/audience")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AudienceResource {
  @Inject Audience audience;

  @Operation(
      summary = "Which partners took the story: content reads and WebSub deliveries by version")
  @GET
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public String of(@PathParam("id") UUID id) {
    Map<UUID, JsonObjectBuilder> partners = new LinkedHashMap<>();
    Map<UUID, JsonArrayBuilder> took = new LinkedHashMap<>();
    for (Audience.Took t : audience.of(id)) {
      partners.computeIfAbsent(
          t.partnerId(),
          p ->
              Json.createObjectBuilder().add("partner", p.toString()).add("name", t.partnerName()));
      took.computeIfAbsent(t.partnerId(), p -> Json.createArrayBuilder())
          .add(
              Json.createObjectBuilder()
                  .add("version", t.version())
                  .add("channel", t.channel().name().toLowerCase(Locale.ROOT))
                  .add("first", t.first().toString())
                  .add("last", t.last().toString())
                  .add("times", t.times()));
    }
    JsonArrayBuilder list = Json.createArrayBuilder();
    partners.forEach((p, partner) -> list.add(partner.add("took", took.get(p))));
    return Json.createObjectBuilder()
        .add("story", id.toString())
        .add("partners", list)
        .build()
        .toString();
  }
}

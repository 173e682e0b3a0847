package org.newsrelay.partner;

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
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.NotFound;
import org.newsrelay.platform.NotPermitted;
import org.newsrelay.platform.Roles;
import org.newsrelay.story.Language;
import org.newsrelay.story.Readership;
import org.newsrelay.story.StoryContent;

/**
 * The content API, {@code GET /api/v1/content/{lang}/{id}}: a story as ninjs 2.x in one language
 * tag, for partners' systems. Who may read the story is {@link Readership}'s rule, as everywhere
 * (anonymous callers and partners: public stories only); a partner's key also holds it to the
 * languages of its terms.
 */
@Tag(name = "content")
@Path("api/v1/content/{lang}/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {
  private static final Logger LOG = Logger.getLogger(ContentResource.class.getName());

  @Inject StoryContent content;
  @Inject Entitlements entitlements;
  @Inject Audience audience;
  @Context SecurityContext security;

  @Operation(summary = "A story as ninjs 2.x in one language tag, under the caller's rights")
  @APIResponse(
      responseCode = "200",
      description = "The story",
      content = @Content(schema = @Schema(ref = "NinjsStory")))
  @GET
  public Response story(@PathParam("lang") String lang, @PathParam("id") UUID id) {
    // An unknown tag is refused as the feeds refuse it.
    Language language =
        Language.ofExactTag(lang)
            .orElseThrow(
                () ->
                    new NotFound(
                        "newsrelay publishes nothing in \"" + lang + "\".",
                        Map.of("available", Language.tags())));
    Principal caller = security.getUserPrincipal();
    boolean desk = security.isUserInRole(Roles.EDITOR) || security.isUserInRole(Roles.ADMIN);
    // Asked before the story is looked up, so that the refusal says nothing of the story.
    if (!desk
        && PartnerCaller.partnerOf(caller).isPresent()
        && !entitlements.mayRead(caller, language.tag(), "all")) {
      throw new NotPermitted(
          "The partner's terms do not include \"" + language.tag() + "\" (see its entitlements).");
    }
    Readership.Reader reader = Readership.Reader.of(caller == null ? null : caller.getName(), desk);
    jakarta.json.JsonObject json =
        content
            .ninjs(id, language, reader)
            .orElseThrow(
                () -> new NotFound("There is no story " + id + " in " + language.tag() + "."));
    PartnerCaller.partnerOf(caller).ifPresent(partner -> took(partner, id, json));
    return Response.ok(json.toString()).build();
  }

  /** Noted for the story's audience; a failure to note it costs the partner nothing. */
  private void took(UUID partner, UUID story, jakarta.json.JsonObject json) {
    try {
      audience.read(partner, story, Integer.parseInt(json.getString("version")), Instant.now());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not note partner " + partner + "'s read of " + story, e);
    }
  }
}

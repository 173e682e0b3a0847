package org.newsrelay.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.ingest.feed.FeedParseException;
import org.newsrelay.ingest.feed.ParsedFeed;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.Roles;
import org.newsrelay.platform.StoryPush;
import org.newsrelay.story.Language;
import org.newsrelay.story.Readership;
import org.newsrelay.text.TextEngine;

/**
 * Wires push stories: ninjs JSON, or raw copy as text/plain (headline from a Title header or the
 * text).
 */
@Tag(name = "push")
@Path("api/v1/stories")
@StoryPush
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PushResource {

  static final int MAX_BATCH = 500;

  @Inject Inbox inbox;
  @Inject Fetching fetching;
  @Context UriInfo uriInfo;
  @Context SecurityContext security;

  @Operation(
      summary =
          "Pushes a story: ninjs JSON (or a batch, an array of up to 500), an Atom entry, or text/plain")
  @RequestBody(
      content = {
        @Content(mediaType = "application/json", schema = @Schema(ref = "NinjsPush")),
        @Content(mediaType = "application/ninjs+json", schema = @Schema(ref = "NinjsPush"))
      })
  @APIResponse(
      responseCode = "202",
      description = "Accepted: kept, and stored soon; Location names the story",
      content = @Content(schema = @Schema(ref = "PushReceipt")))
  @POST
  @RolesAllowed({Roles.WIRE, Roles.EDITOR, Roles.ADMIN})
  @Consumes({MediaType.APPLICATION_JSON, "application/ninjs+json"})
  public Response pushNinjs(byte[] body) {
    JsonValue json = JsonBodies.value(body);
    if (json instanceof JsonArray batch) {
      return acceptBatch(batch);
    }
    if (!(json instanceof JsonObject story)) {
      throw new InvalidInput("Expected a ninjs story as a JSON object, or an array of them.");
    }
    StoryDraft draft = Ninjs.read(story);
    return accept(draft, "application/json", new String(body, StandardCharsets.UTF_8));
  }

  /**
   * Several stories in one request: every one is checked before any is kept, so a bad one refuses
   * the batch with its position instead of leaving the wire to guess which went in.
   */
  private Response acceptBatch(JsonArray batch) {
    if (batch.isEmpty() || batch.size() > MAX_BATCH) {
      throw new InvalidInput("A batch holds 1 to " + MAX_BATCH + " stories.");
    }
    List<StoryDraft> drafts = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      if (!(batch.get(i) instanceof JsonObject story)) {
        throw new InvalidInput("Item " + i + " of the batch is not a JSON object.");
      }
      try {
        drafts.add(admit(Ninjs.read(story)));
      } catch (InvalidInput e) {
        Map<String, Object> extensions = new HashMap<>(e.extensions());
        extensions.put("item", i);
        throw new InvalidInput(e.title(), "Item " + i + " of the batch: " + e.detail(), extensions);
      }
    }
    String origin = Readership.pushOrigin(security.getUserPrincipal().getName());
    List<Inbox.Incoming> items = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      StoryDraft draft = drafts.get(i);
      items.add(
          new Inbox.Incoming(
              origin,
              draft.uri(),
              "application/json",
              batch.get(i).toString(),
              Ninjs.write(draft)));
    }
    List<Inbox.Receipt> receipts = keep(items);
    var results = Json.createArrayBuilder();
    for (int i = 0; i < drafts.size(); i++) {
      results.add(receiptJson(drafts.get(i), receipts.get(i)));
    }
    return Response.accepted(Json.createObjectBuilder().add("items", results).build().toString())
        .build();
  }

  @RequestBody(content = @Content(mediaType = "application/atom+xml"))
  @APIResponse(responseCode = "202", description = "Accepted, as a ninjs push is")
  @POST
  @RolesAllowed({Roles.WIRE, Roles.EDITOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_ATOM_XML)
  public Response pushAtomEntry(@HeaderParam("Content-Type") String contentType, byte[] body) {
    if (body == null || body.length == 0) {
      throw new InvalidInput("The request body is empty.");
    }
    ParsedFeed parsed;
    try {
      // No base address: a relative link in a pushed entry would resolve into newsrelay's own
      // site, so it stays relative and the door drops it.
      parsed = fetching.parser().parse(body, contentType, null);
    } catch (FeedParseException e) {
      throw new InvalidInput("The Atom entry could not be read: " + e.getMessage());
    }
    if (parsed.entries().size() != 1) {
      throw new InvalidInput("Expected one Atom entry, found " + parsed.entries().size() + ".");
    }
    StoryDraft draft = Sources.draftOf(parsed.entries().get(0), parsed, null);
    return accept(draft, "application/atom+xml", new String(body, StandardCharsets.UTF_8));
  }

  @RequestBody(content = @Content(mediaType = "text/plain"))
  @APIResponse(responseCode = "202", description = "Accepted, as a ninjs push is")
  @POST
  @RolesAllowed({Roles.WIRE, Roles.EDITOR, Roles.ADMIN})
  @Consumes(MediaType.TEXT_PLAIN)
  public Response pushText(
      @HeaderParam("Content-Type") MediaType type,
      @HeaderParam("Title") String title,
      @HeaderParam("Content-Language") String language,
      byte[] body) {
    String charset = type == null ? null : type.getParameters().get("charset");
    String text = TextEngine.standard().decode(body == null ? new byte[0] : body, charset).text();
    if (text.isBlank()) {
      throw new InvalidInput("The request body is empty.");
    }
    String headline = title == null || title.isBlank() ? null : title.strip();
    StoryDraft draft =
        new StoryDraft(
            "urn:newsrelay:text:" + Intake.sha256(text),
            headline,
            text,
            null,
            language,
            null,
            null,
            null,
            List.of());
    return accept(draft, "text/plain; charset=UTF-8", text);
  }

  private Response accept(StoryDraft pushed, String contentType, String payload) {
    StoryDraft draft = admit(pushed);
    Inbox.Receipt receipt = keep(draft, contentType, payload);
    String id = receipt.storyId().toString();
    return Response.accepted(receiptJson(draft, receipt).toString())
        .location(uriInfo.getBaseUriBuilder().path("api/v1/stories").path(id).build())
        .build();
  }

  private static JsonObject receiptJson(StoryDraft draft, Inbox.Receipt receipt) {
    return Json.createObjectBuilder()
        .add("id", receipt.storyId().toString())
        .add("uri", draft.uri())
        .add("status", receipt.changed() ? "accepted" : "unchanged")
        .build();
  }

  /** Every pushed story passes the door (see {@link Intake}) before anything of it is kept. */
  private static StoryDraft admit(StoryDraft pushed) {
    StoryDraft draft = Intake.pushed(pushed, Instant.now());
    if (draft.language() != null && Language.fromDeclared(draft.language()).isEmpty()) {
      throw Language.unknown(draft.language());
    }
    return draft;
  }

  private Inbox.Receipt keep(StoryDraft draft, String contentType, String payload) {
    String origin = Readership.pushOrigin(security.getUserPrincipal().getName());
    // The payload is kept as it came, less U+0000, which a PostgreSQL text column cannot hold.
    String kept = payload.replace('\u0000', '\uFFFD');
    return keep(List.of(
            new Inbox.Incoming(origin, draft.uri(), contentType, kept, Ninjs.write(draft))))
        .get(0);
  }

  private List<Inbox.Receipt> keep(List<Inbox.Incoming> items) {
    try {
      return inbox.acceptAll(items);
    } catch (PersistenceException | jakarta.transaction.TransactionalException raced) {
      // The same uri pushed twice at the same moment: the other push won; this one finds its row.
      return inbox.acceptAll(items);
    }
  }
}

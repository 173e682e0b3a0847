package org.newsrelay.ingest.websub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.NotFound;
import org.newsrelay.websub.HubFields;
import org.newsrelay.websub.HubSignature;

/**
 * Where upstream hubs call us back: public, since a hub has no credentials of ours; the random
 * token in the path is what only the hub knows, and an unknown one costs a single lookup, before a
 * byte of its body is read.
 */
@Tag(name = "websub-subscriber")
@Path("websub/callback/{token}")
@RequestScoped
public class CallbackResource {
  @Inject HubSubscriptions subscriptions;

  @Operation(summary = "An upstream hub verifies a subscription we asked for")
  @APIResponse(
      responseCode = "200",
      description = "hub.challenge, echoed",
      content = @Content(mediaType = "text/plain"))
  @GET
  public Response verify(
      @PathParam("token") String token,
      @QueryParam(HubFields.MODE) String mode,
      @QueryParam(HubFields.TOPIC) String topic,
      @QueryParam(HubFields.CHALLENGE) String challenge,
      @QueryParam(HubFields.LEASE_SECONDS) String lease,
      @QueryParam(HubFields.REASON) String reason) {
    return subscriptions
        .verify(token, mode, topic, challenge, lease, reason)
        .map(body -> Response.ok(body, MediaType.TEXT_PLAIN_TYPE).build())
        .orElseThrow(() -> new NotFound("This callback did not ask for that subscription."));
  }

  /** The body is a stream: it is read only once the token names a subscription. */
  @Operation(summary = "An upstream hub pushes a signed feed (X-Hub-Signature)")
  @RequestBody(
      description = "The feed, as the hub publishes it",
      content = {
        @Content(mediaType = "application/atom+xml"),
        @Content(mediaType = "application/rss+xml")
      })
  @APIResponse(responseCode = "202", description = "Taken (a bad signature too, as WebSub asks)")
  @APIResponse(responseCode = "410", description = "No such subscription any more: the hub stops")
  @POST
  public Response push(
      @PathParam("token") String token,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      @HeaderParam(HubSignature.HEADER) String signature,
      InputStream body)
      throws IOException {
    subscriptions.receive(token, contentType, declared(contentLength), body, signature);
    return Response.accepted().build();
  }

  private static long declared(String contentLength) {
    try {
      return contentLength == null ? -1 : Long.parseLong(contentLength.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

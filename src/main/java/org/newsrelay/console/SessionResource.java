package org.newsrelay.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.Problem;
import org.newsrelay.platform.ProblemMappers;

/**
 * The console's session: POST {"username", "password"} signs in (JSON only, so a cross-site form
 * cannot post it), GET says who is signed in and gives the CSRF token, DELETE signs out.
 */
@Tag(name = "session")
@Path("api/v1/session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
  @Inject ConsoleSessions sessions;
  @Context HttpServletRequest request;

  @Operation(summary = "Signs in to the console: a session cookie and the CSRF token")
  @RequestBodySchema(SignIn.class)
  @APIResponse(
      responseCode = "200",
      description = "Signed in; Set-Cookie carries the session",
      content = @Content(schema = @Schema(ref = "Session")))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signIn(byte[] body) {
    if (body == null || body.length == 0) {
      throw new InvalidInput(SignIn.EXAMPLE);
    }
    SignIn given = org.newsrelay.platform.JsonBodies.read(body, SignIn.class, SignIn.EXAMPLE);
    var opened = sessions.open(given.username(), given.password());
    if (opened.isEmpty()) {
      return ProblemMappers.signInLocked(request)
          .orElseGet(
              () ->
                  ProblemMappers.response(
                      new Problem(401, "Unauthorized", "The username or the password is wrong.")));
    }
    return Response.ok(json(opened.get().who()).toString())
        .header(
            HttpHeaders.SET_COOKIE,
            ConsoleSessions.setCookie(request, opened.get().token(), opened.get().lifetime()))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** {"username", "password"}, both required. */
  record SignIn(String username, String password) {
    static final String EXAMPLE = "Send {\"username\": ..., \"password\": ...}.";

    SignIn {
      if (username == null || password == null) {
        throw InvalidInput.field(username == null ? "username" : "password", EXAMPLE);
      }
    }
  }

  @Operation(summary = "Who is signed in with this cookie, and the CSRF token")
  @APIResponse(
      responseCode = "200",
      description = "The session",
      content = @Content(schema = @Schema(ref = "Session")))
  @GET
  public Response who() {
    return sessions
        .of(request)
        .map(
            who ->
                Response.ok(json(who).toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build())
        .orElseGet(
            () ->
                ProblemMappers.response(
                    new Problem(401, "Unauthorized", "Nobody is signed in here.")));
  }

  @Operation(summary = "Signs out: the session ends and the cookie is cleared")
  @APIResponse(responseCode = "204", description = "Signed out")
  @DELETE
  public Response signOut() {
    sessions.close(request);
    return Response.noContent()
        .header(HttpHeaders.SET_COOKIE, ConsoleSessions.setCookie(request, "", Duration.ZERO))
        .build();
  }

  private static JsonObject json(ConsoleSessions.SignedIn who) {
    return Json.createObjectBuilder()
        .add("username", who.username())
        .add("roles", Json.createArrayBuilder(new TreeSet<>(who.roles())))
        .add("csrf_token", who.csrfToken())
        .build();
  }
}

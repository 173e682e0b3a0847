package org.newsrelay.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users for admins: {"username", "password", "roles": ["editor"]}; passwords never shown. */
@Tag(name = "users")
@Path("api/v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {
  @Inject UserAccounts accounts;
  @Context UriInfo uriInfo;

  @Operation(summary = "Every user")
  @APIResponseSchema(UserList.class)
  @GET
  public Response list() {
    var items = Json.createArrayBuilder();
    accounts.all().forEach(u -> items.add(json(u)));
    return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
  }

  @Operation(summary = "A user")
  @APIResponseSchema(UserShown.class)
  @GET
  @Path("{username}")
  public Response get(@PathParam("username") String username) {
    return Response.ok(json(accounts.find(username)).toString()).build();
  }

  @Operation(summary = "Creates a user")
  @RequestBodySchema(UserRequest.class)
  @APIResponseSchema(value = UserShown.class, responseCode = "201")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(byte[] body) {
    UserRequest request = JsonBodies.read(body, UserRequest.class);
    User user = accounts.create(request.username(), request.password(), request.roles());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(user.username()).build())
        .entity(json(user).toString())
        .build();
  }

  @Operation(summary = "Changes a user's password or roles")
  @RequestBodySchema(UserRequest.class)
  @APIResponseSchema(UserShown.class)
  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("username") String username, byte[] body) {
    UserRequest request = JsonBodies.read(body, UserRequest.class);
    return Response.ok(
            json(accounts.update(username, request.password(), request.roles())).toString())
        .build();
  }

  @Operation(summary = "Deletes a user")
  @APIResponse(responseCode = "204", description = "Deleted")
  @DELETE
  @Path("{username}")
  public Response delete(@PathParam("username") String username) {
    accounts.delete(username);
    return Response.noContent().build();
  }

  /** A user as admins see it: never a password or its hash. */
  @Schema(name = "User")
  record UserShown(String username, Set<String> roles) {}

  /** The list's shape, for /openapi. */
  @Schema(name = "Users")
  record UserList(List<UserShown> items) {}

  private static JsonObject json(User user) {
    return JsonViews.of(new UserShown(user.username(), new TreeSet<>(user.roles())));
  }

  /**
   * {"username", "password", "roles"}; on an update the username is the path's, and a password or
   * roles left out stay as they are.
   */
  record UserRequest(String username, String password, Set<String> roles) {}
}

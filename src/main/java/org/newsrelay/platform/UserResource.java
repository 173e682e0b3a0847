package org.newsrelay.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashSet;
import java.util.Set;

/** Users for admins: {"username", "password", "roles": ["editor"]}; passwords never shown. */
@Path("api/v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {
  @Inject UserAccounts accounts;
  @Context UriInfo uriInfo;

  @GET
  public Response list() {
    var items = Json.createArrayBuilder();
    accounts.all().forEach(u -> items.add(json(u)));
    return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
  }

  @GET
  @Path("{username}")
  public Response get(@PathParam("username") String username) {
    return Response.ok(json(accounts.find(username)).toString()).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(byte[] body) {
    JsonObject json = JsonBodies.object(body);
    User user = accounts.create(string(json, "username"), string(json, "password"), roles(json));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(user.username()).build())
        .entity(json(user).toString())
        .build();
  }

  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("username") String username, byte[] body) {
    JsonObject json = JsonBodies.object(body);
    return Response.ok(
            json(accounts.update(username, string(json, "password"), roles(json))).toString())
        .build();
  }

  @DELETE
  @Path("{username}")
  public Response delete(@PathParam("username") String username) {
    accounts.delete(username);
    return Response.noContent().build();
  }

  private static JsonObject json(User user) {
    return Json.createObjectBuilder()
        .add("username", user.username())
        .add("roles", Json.createArrayBuilder(new java.util.TreeSet<>(user.roles())))
        .build();
  }

  private static String string(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidInput("\"" + name + "\" must be a string.");
  }

  private static Set<String> roles(JsonObject json) {
    JsonValue value = json.get("roles");
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      throw new InvalidInput("\"roles\" must be a list such as [\"editor\"].");
    }
    Set<String> roles = new LinkedHashSet<>();
    for (JsonValue role : array) {
      if (!(role instanceof JsonString s)) {
        throw new InvalidInput("\"roles\" must be a list of strings.");
      }
      roles.add(s.getString());
    }
    return roles;
  }
}

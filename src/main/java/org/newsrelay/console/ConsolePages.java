package org.newsrelay.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.NotFound;

/**
 * Serves the console's static files (src/main/webapp/console) and its interface text. JAX-RS owns
 * every path of the application, so the pages are served here, with headers that keep injected text
 * inert: a Content-Security-Policy that allows only our own scripts and no inline ones.
 */
@Tag(name = "console")
@Path("console")
@RequestScoped
public class ConsolePages {
  // A story's pictures load from their hosts, as on story pages: an image cannot run anything, and
  // Referrer-Policy keeps the console's addresses from them.
  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https: http:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";
  private static final Pattern FILE = Pattern.compile("[a-z0-9-]+\\.(html|js|css|svg)");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=UTF-8",
          "js", "text/javascript; charset=UTF-8",
          "css", "text/css; charset=UTF-8",
          "svg", "image/svg+xml");

  @Context ServletContext servlet;
  @Context UriInfo uriInfo;

  @Operation(summary = "The console's page (/console/ ; /console redirects there)")
  @APIResponse(responseCode = "200", description = "HTML")
  @APIResponse(responseCode = "303", description = "To /console/")
  @GET
  public Response index() {
    // The path alone: a request URI rebuilt with its query can be refused (a decoded space in it).
    if (!uriInfo.getPath().endsWith("/")) {
      return Response.seeOther(uriInfo.getBaseUriBuilder().path("console/").build()).build();
    }
    return file("index.html");
  }

  @Operation(summary = "One of the console's files (HTML, scripts, styles, images)")
  @APIResponse(responseCode = "200", description = "The file, with its security headers")
  @GET
  @Path("{file}")
  public Response file(@PathParam("file") String file) {
    if (!FILE.matcher(file).matches()) {
      throw new NotFound("There is no console page " + file + ".");
    }
    byte[] body;
    try (InputStream in = servlet.getResourceAsStream("/console/" + file)) {
      if (in == null) {
        throw new NotFound("There is no console page " + file + ".");
      }
      body = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return secured(Response.ok(body, TYPES.get(file.substring(file.lastIndexOf('.') + 1)))).build();
  }

  /** The console's interface text in en, zh-Hans or zh-Hant, from translations/. */
  @Operation(summary = "The console's interface text in en, zh-Hans or zh-Hant")
  @APIResponse(responseCode = "200", description = "Message keys and their text")
  @GET
  @Path("messages/{tag}")
  public Response messages(@PathParam("tag") String tag) {
    return secured(Response.ok(ConsoleText.of(tag).toString(), "application/json")).build();
  }

  static Response.ResponseBuilder secured(Response.ResponseBuilder response) {
    return response
        .header("Content-Security-Policy", POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer")
        .header("Cache-Control", "no-cache");
  }
}

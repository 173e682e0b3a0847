package org.newsrelay.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Liveness (the process answers) and readiness (the database and the ingest queue answer). */
@Tag(name = "health")
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class Health {
  @Resource(lookup = "java:jboss/datasources/NewsrelayDS")
  DataSource dataSource;

  @Resource(lookup = "java:/ConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "java:/jms/queue/newsrelay/ingest")
  Queue ingestQueue;

  @Operation(summary = "The process answers")
  @APIResponse(
      responseCode = "200",
      description = "UP",
      content = @Content(schema = @Schema(ref = "Health")))
  @GET
  @Path("live")
  public Response live() {
    return Response.ok(Json.createObjectBuilder().add("status", "UP").build().toString()).build();
  }

  @Operation(summary = "The database and the ingest queue answer")
  @APIResponse(
      responseCode = "200",
      description = "UP, with each check",
      content = @Content(schema = @Schema(ref = "Health")))
  @APIResponse(
      responseCode = "503",
      description = "DOWN, with the check that failed",
      content = @Content(schema = @Schema(ref = "Health")))
  @GET
  @Path("ready")
  public Response ready() {
    JsonObjectBuilder checks = Json.createObjectBuilder();
    boolean database = check(checks, "database", this::database);
    boolean queue = check(checks, "ingest-queue", this::queue);
    boolean up = database && queue;
    String body =
        Json.createObjectBuilder()
            .add("status", up ? "UP" : "DOWN")
            .add("checks", checks)
            .build()
            .toString();
    return Response.status(up ? 200 : 503).entity(body).build();
  }

  private interface Check {
    void run() throws Exception;
  }

  private static boolean check(JsonObjectBuilder checks, String name, Check check) {
    try {
      check.run();
      checks.add(name, "UP");
      return true;
    } catch (Exception e) {
      checks.add(name, "DOWN: " + e.getClass().getSimpleName());
      return false;
    }
  }

  private void database() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(2)) {
        throw new IllegalStateException("connection not valid");
      }
    }
  }

  private void queue() throws Exception {
    try (JMSContext context = connectionFactory.createContext()) {
      try (var browser = context.createBrowser(ingestQueue)) {
        browser.getEnumeration().hasMoreElements();
      }
    }
  }
}

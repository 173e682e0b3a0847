package org.newsrelay.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.newsrelay.text.Detection;
import org.newsrelay.text.Normalized;
import org.newsrelay.text.TextEngine;
import org.newsrelay.text.UnknownTagException;

/** The text engine for editors' previews: the same code that ingest runs on every story. */
@Path("api/v1/text")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.WIRE, Roles.PARTNER})
public class TextResource {
  /** A preview is a story, not a book; the whole body is capped by the server at 10 MB anyway. */
  static final int MAX_CHARS = 1_000_000;

  private static final String EXAMPLE =
      "Expected a JSON object such as {\"text\": \"…\", \"to\": \"zh-Hant\"}.";

  private final TextEngine text = TextEngine.standard();

  @POST
  @Path("convert")
  public String convert(byte[] body) {
    JsonObject request = JsonBodies.object(body, EXAMPLE);
    String input = field(request, "text", true);
    String to = field(request, "to", true);
    String from = field(request, "from", false);
    try {
      String detectedFrom = from != null ? from : text.detect(input).variant();
      String output = text.convert(input, from, to);
      return Json.createObjectBuilder()
          .add("text", output)
          .add("from", detectedFrom)
          .add("to", to)
          .build()
          .toString();
    } catch (UnknownTagException e) {
      throw unknownTag(e);
    }
  }

  @POST
  @Path("normalize")
  public String normalize(byte[] body) {
    JsonObject request = JsonBodies.object(body, EXAMPLE);
    String input = field(request, "text", true);
    String to = field(request, "to", false);
    try {
      Normalized normalized = text.normalize(input, to);
      Detection detected = normalized.detected();
      JsonObjectBuilder detection =
          Json.createObjectBuilder()
              .add("language", detected.language() == null ? "und" : detected.language())
              .add("confidence", detected.confidence());
      if (detected.script() != null) {
        detection.add("script", detected.script());
      }
      if (detected.variant() != null) {
        detection.add("variant", detected.variant());
      }
      return Json.createObjectBuilder()
          .add("text", normalized.text())
          .add("detected", detection)
          .add("removed", Json.createArrayBuilder(normalized.removed()))
          .add("warnings", Json.createArrayBuilder(normalized.warnings()))
          .build()
          .toString();
    } catch (UnknownTagException e) {
      throw unknownTag(e);
    }
  }

  private static String field(JsonObject json, String name, boolean required) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        throw new InvalidInput("\"" + name + "\" is required.");
      }
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw new InvalidInput("\"" + name + "\" must be a string.");
    }
    if (string.getString().length() > MAX_CHARS) {
      throw new TooLarge("\"" + name + "\" is longer than " + MAX_CHARS + " characters.");
    }
    return string.getString();
  }

  private static InvalidInput unknownTag(UnknownTagException e) {
    return new InvalidInput(
        "Unknown language",
        e.getMessage(),
        Map.of("available", TextEngine.supportedTags().stream().sorted().toList()));
  }
}

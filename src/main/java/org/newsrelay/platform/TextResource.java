package org.newsrelay.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.text.Detection;
import org.newsrelay.text.Normalized;
import org.newsrelay.text.TextEngine;
import org.newsrelay.text.UnknownTagException;

/** The text engine for editors' previews: the same code that ingest runs on every story. */
@Tag(name = "text")
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

  @Operation(summary = "Converts text between Chinese variants as ingest does")
  @RequestBodySchema(TextRequest.class)
  @APIResponse(
      responseCode = "200",
      description = "The text converted",
      content = @Content(schema = @Schema(ref = "TextConverted")))
  @POST
  @Path("convert")
  public String convert(byte[] body) {
    TextRequest request = JsonBodies.read(body, TextRequest.class, EXAMPLE);
    String input = required(request.text(), "text");
    String to = required(request.to(), "to");
    String from = request.from();
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

  @Operation(summary = "Cleans text as ingest does: Unicode, width, detection")
  @RequestBodySchema(TextRequest.class)
  @APIResponse(
      responseCode = "200",
      description = "The text cleaned, and what was found",
      content = @Content(schema = @Schema(ref = "TextNormalized")))
  @POST
  @Path("normalize")
  public String normalize(byte[] body) {
    TextRequest request = JsonBodies.read(body, TextRequest.class, EXAMPLE);
    String input = required(request.text(), "text");
    String to = request.to();
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

  /** {"text", "to", "from"?}: what to convert or normalize, to which tag, from which. */
  record TextRequest(String text, String to, String from) {
    TextRequest {
      tooLong(text, "text");
      tooLong(to, "to");
      tooLong(from, "from");
    }

    private static void tooLong(String value, String name) {
      if (value != null && value.length() > MAX_CHARS) {
        throw new TooLarge("\"" + name + "\" is longer than " + MAX_CHARS + " characters.");
      }
    }
  }

  private static String required(String value, String name) {
    if (value == null) {
      throw InvalidInput.field(name, "\"" + name + "\" is required.");
    }
    return value;
  }

  private static InvalidInput unknownTag(UnknownTagException e) {
    return new InvalidInput(
        "Unknown language",
        e.getMessage(),
        Map.of("available", TextEngine.supportedTags().stream().sorted().toList()));
  }
}

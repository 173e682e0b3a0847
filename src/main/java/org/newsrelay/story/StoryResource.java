package org.newsrelay.story;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.newsrelay.platform.Problem;
import org.newsrelay.platform.ProblemException;

/** Reading stories; pushing them is ingest's (same path, see PushResource). */
@Path("api/v1/stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {
  @Inject StoryRepository stories;
  @Inject IncomingStories incoming;

  @GET
  public Response list(
      @QueryParam("uri") String uri,
      @QueryParam("lang") String lang,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    if (limit < 1 || limit > 200) {
      throw ProblemException.badRequest("\"limit\" must be between 1 and 200.");
    }
    Language language = null;
    if (lang != null) {
      language =
          Language.ofExactTag(lang)
              .orElseThrow(
                  () ->
                      new ProblemException(
                          new Problem(
                              400,
                              "Unknown language",
                              "\"" + lang + "\" is not a language newsrelay publishes.",
                              Map.of("available", Language.tags()))));
    }
    var items = Json.createArrayBuilder();
    stories.search(uri, language, limit).forEach(s -> items.add(StoryJson.of(s)));
    return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    UUID storyId;
    try {
      storyId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("There is no story " + id + ".");
    }
    return stories
        .find(storyId)
        .map(s -> Response.ok(StoryJson.of(s).toString()).build())
        .or(() -> incoming.find(storyId).map(i -> Response.ok(StoryJson.of(i).toString()).build()))
        .orElseThrow(() -> ProblemException.notFound("There is no story " + id + "."));
  }
}

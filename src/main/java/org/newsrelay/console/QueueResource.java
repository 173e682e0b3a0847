package org.newsrelay.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Roles;
import org.newsrelay.story.DeskQueue;
import org.newsrelay.story.Language;
import org.newsrelay.story.StoryScope;
import org.newsrelay.story.StoryStatus;
import org.newsrelay.topic.TopicDirectory;

/**
 * The console's live queue, {@code GET /api/v1/desk/queue}: the newest stories an editor may act on
 * (incoming, published, held unless {@code status} says otherwise), filtered by language, topic,
 * origin, the wire's urgency and words in any script, a page at a time ({@code next} is the cursor
 * of the page after); {@code id} narrows it to given stories (the search API's finds). Every answer
 * has an ETag, and the console polls the first page with If-None-Match, so an unchanged queue costs
 * one query and a 304.
 */
@Tag(name = "console")
@Path("api/v1/desk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class QueueResource {
  /** What an editor may still act on: a killed story is final. */
  static final Set<StoryStatus> ACTIONABLE =
      EnumSet.of(StoryStatus.INCOMING, StoryStatus.PUBLISHED, StoryStatus.HELD);

  @Inject DeskQueue queue;
  @Inject TopicDirectory topics;
  @Inject OriginLabels origins;

  @Operation(summary = "The desk's queue: stories an editor may act on, newest first, ETag-polled")
  @GET
  @Path("queue")
  public Response queue(
      @QueryParam("status") List<String> status,
      @QueryParam("lang") String lang,
      @QueryParam("topic") String topic,
      @QueryParam("origin") String origin,
      @QueryParam("urgency") String urgencyGiven,
      @QueryParam("q") String words,
      @QueryParam("id") List<String> ids,
      @QueryParam("before") String before,
      @QueryParam("limit") @DefaultValue("50") int limit,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    if (limit < 1 || limit > 200) {
      throw new InvalidInput("\"limit\" must be between 1 and 200.");
    }
    Integer urgency = urgency(urgencyGiven);
    Language language =
        lang == null || lang.isBlank()
            ? null
            : Language.ofExactTag(lang).orElseThrow(() -> Language.unknown(lang));
    StoryScope scope = topic == null || topic.isBlank() ? null : topicScope(topic);
    DeskQueue.Page page =
        queue.page(
            new DeskQueue.Filter(
                statuses(status),
                language,
                origin == null || origin.isBlank() ? null : origin.strip(),
                urgency,
                scope,
                words,
                ids(ids, limit),
                before == null || before.isBlank() ? null : cursor(before),
                limit));
    String body = QueueJson.page(page, page.next() == null ? null : cursor(page.next())).toString();
    String etag = "\"" + digest(body) + "\"";
    if (ifNoneMatch != null && Arrays.asList(ifNoneMatch.split("\\s*,\\s*")).contains(etag)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).build();
    }
    return Response.ok(body)
        .header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
        .build();
  }

  /** The origins of the stories of the last 30 days, with a name where one is known. */
  @Operation(summary = "The origins the queue's filter offers")
  @GET
  @Path("origins")
  public Response origins() {
    return Response.ok(
            origins.recent(() -> queue.recentOrigins(Duration.ofDays(30), 500)).toString())
        .build();
  }

  /** At most this urgency, 1 (flash) to 9; none given, any. */
  static Integer urgency(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    try {
      int urgency = Integer.parseInt(given.strip());
      if (urgency >= 1 && urgency <= 9) {
        return urgency;
      }
    } catch (NumberFormatException e) {
      // Refused below, as a number out of range is.
    }
    throw InvalidInput.field("urgency", "\"urgency\" is from 1 (flash) to 9, as ninjs has it.");
  }

  /** id=...&id=...: these stories only, at most a page of them; none given, no such filter. */
  static Set<UUID> ids(List<String> given, int limit) {
    if (given == null || given.isEmpty()) {
      return null;
    }
    if (given.size() > limit) {
      throw InvalidInput.field("id", "At most \"limit\" stories by \"id\".");
    }
    try {
      return given.stream().map(id -> UUID.fromString(id.strip())).collect(Collectors.toSet());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.field("id", "\"id\" is a story's id, a UUID.");
    }
  }

  private StoryScope topicScope(String slug) {
    return topics
        .find(slug)
        .map(view -> topics.stories(view.id()))
        .orElseThrow(() -> InvalidInput.field("topic", "There is no topic " + slug + "."));
  }

  /** status=incoming&status=held, or status=incoming,held; none: every status but killed. */
  static Set<StoryStatus> statuses(List<String> given) {
    Set<StoryStatus> statuses = EnumSet.noneOf(StoryStatus.class);
    for (String each : given == null ? List.<String>of() : given) {
      for (String value : each.split(",")) {
        if (value.isBlank()) {
          continue;
        }
        statuses.add(
            Arrays.stream(StoryStatus.values())
                .filter(v -> v.value().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(
                    () ->
                        InvalidInput.field(
                            "status", "\"status\" is one of incoming, published, held, killed.")));
      }
    }
    return statuses.isEmpty() ? ACTIONABLE : statuses;
  }

  /** A page's end as an opaque cursor: the wire's time and the id, base64url. */
  static String cursor(DeskQueue.Position position) {
    String plain = position.versionCreated() + " " + position.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static DeskQueue.Position cursor(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = plain.split(" ");
      if (parts.length != 2) {
        throw new IllegalArgumentException(plain);
      }
      return new DeskQueue.Position(Instant.parse(parts[0]), UUID.fromString(parts[1]));
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw InvalidInput.field("before", "\"before\" is the \"next\" of an earlier page.");
    }
  }

  private static String digest(String body) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}

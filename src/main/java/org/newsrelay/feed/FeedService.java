package org.newsrelay.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsrelay.platform.InstallationKey;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.Messages;
import org.newsrelay.platform.NotFound;
import org.newsrelay.story.Language;
import org.newsrelay.story.Renditions;
import org.newsrelay.story.Story;
import org.newsrelay.text.TextEngine;

/**
 * Selects and renders a feed document, from the cache when it is still good; the REST resource and
 * the WebSub hub both ask it.
 */
@ApplicationScoped
public class FeedService {

  /** Signs paging cursors: the operator's key, else this installation's generated one. */
  static final InstallationKey CURSOR_KEY = InstallationKey.feedCursor();

  @Inject FeedSelection selection;
  @Inject FeedTopics topics;
  @Inject FeedCache cache;
  @Inject StoryLinks storyLinks;
  @Inject Renditions desk;
  @Inject AdvisoryFeed advisories;
  @Inject FeedMetrics metrics;

  private final TextEngine text = TextEngine.standard();
  private final EntryCopy entries = new EntryCopy(text);
  private final FeedRenderer renderer = new FeedRenderer(text);

  /** A rendered feed and what it is served as. */
  public record FeedDocument(String body, String mediaType) {}

  /**
   * The first page of a feed with default options, as a subscriber sees it. For callers that have
   * checked the reader's entitlement themselves (the WebSub hub): partner-only topics included.
   *
   * @param base the server's base URI, for self links
   * @throws NotFound for an unknown language, topic or format
   */
  public FeedDocument render(String lang, String topic, String extension, URI base) {
    RenderedDocument document =
        publish(request(lang, topic, extension, null, null, null, null, true), base);
    return new FeedDocument(
        new String(document.body(), StandardCharsets.UTF_8), document.mediaType());
  }

  /**
   * Checks what a reader asked for.
   *
   * @param partnerKey the reader's API key, or null: partner-only topics need one
   * @throws NotFound for an unknown language, topic or format; InvalidInput for a bad option
   */
  public FeedRequest request(
      String lang,
      String topic,
      String extension,
      String limit,
      String q,
      String cursor,
      String partnerKey) {
    return request(lang, topic, extension, limit, q, cursor, partnerKey, false);
  }

  /**
   * @param entitled the caller has checked the reader's entitlement itself (the WebSub hub does,
   *     per subscriber), so a partner-only topic is rendered without a key
   */
  private FeedRequest request(
      String lang,
      String topic,
      String extension,
      String limit,
      String q,
      String cursor,
      String partnerKey,
      boolean entitled) {
    Language language = language(lang);
    FeedFormat format =
        FeedFormat.ofExtension(extension)
            .orElseThrow(() -> new NotFound("Feeds end in .atom, .rss or .json."));
    FeedTopic feedTopic =
        topics
            .find(topic, language.tag(), partnerKey, entitled)
            .orElseThrow(() -> new NotFound("There is no feed \"" + topic + "\"."));
    int size = limit(limit);
    SearchTerms terms = null;
    if (q != null && !q.isBlank() && feedTopic.isAdvisories()) {
      throw new InvalidInput("Advisories take no \"q\": each names its story by id and link.");
    }
    if (q != null && !q.isBlank()) {
      try {
        terms = SearchTerms.of(q, text);
      } catch (IllegalArgumentException e) {
        throw new InvalidInput(
            "\"q\" must have at most " + SearchTerms.MAX_LENGTH + " characters.");
      }
    }
    PageCursor position = null;
    if (cursor != null) {
      try {
        position =
            PageCursor.decode(
                cursor, FeedRequest.feedIdentity(language, feedTopic, terms), CURSOR_KEY.bytes());
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new InvalidInput(
            "This cursor was not issued for this feed; follow the feed's next and previous links.");
      }
    }
    return new FeedRequest(language, feedTopic, format, size, terms, position);
  }

  /** The page, rendered once and then served from the cache until a story in it changes. */
  public RenderedDocument publish(FeedRequest request, URI base) {
    Instant now = Instant.now();
    return cache.document(
        request.language(),
        request.cacheKey() + "|" + base,
        now,
        () -> metrics.rendering(request.format(), () -> renderFresh(request, base, now)));
  }

  /** A feed request answered, by the fast lane or by the application (for the metrics). */
  void served(FeedRequest request, boolean fastLane) {
    metrics.served(request.format(), fastLane);
  }

  /** The page if it is rendered and still good, else null; never touches the database. */
  public RenderedDocument cached(FeedRequest request, URI base) {
    return cache.cached(request.language(), request.cacheKey() + "|" + base, Instant.now());
  }

  RenderedDocument renderFresh(FeedRequest request, URI base, Instant now) {
    if (request.topic().isAdvisories()) {
      return advisories.render(request, base, now);
    }
    SelectedPage selected = selection.select(request, now);
    Language language = request.language();
    FeedLinks links = new FeedLinks(base);
    Map<UUID, StoryLinks.Links> linked = storyLinks.of(selected.stories(), language, links, now);
    List<FeedStory> entries = new ArrayList<>();
    Instant updated = Instant.EPOCH;
    Map<UUID, FeedStory> shown = renditions(selected.stories(), language);
    for (Story story : selected.stories()) {
      StoryLinks.Links extra = linked.getOrDefault(story.id(), StoryLinks.Links.NONE);
      entries.add(shown.get(story.id()).withLinks(extra.translations(), extra.sources()));
      updated = latest(updated, story.updatedAt());
      if (story.embargoedUntil() != null) {
        // The moment it appeared is a change too, however old its own dates are.
        updated = latest(updated, story.embargoedUntil());
      }
    }
    for (Tombstone tombstone : selected.tombstones()) {
      updated = latest(updated, tombstone.killedAt());
    }
    URI next = null;
    URI previous = null;
    // Paging follows the stories in order; pins sit outside it.
    List<Story> ordered = selected.stories().subList(selected.pinned(), selected.stories().size());
    if (!ordered.isEmpty()) {
      Story oldest = ordered.get(ordered.size() - 1);
      Story newest = ordered.get(0);
      if (selected.hasOlder()) {
        next = links.page(request, cursor(request, PageCursor.Direction.OLDER, oldest));
      }
      if (selected.hasNewer()) {
        previous = links.page(request, cursor(request, PageCursor.Direction.NEWER, newest));
      }
    }
    String self =
        request.cursor() == null
            ? null
            : request.cursor().encode(request.feedIdentity(), CURSOR_KEY.bytes());
    String tag = language.tag();
    String key = request.topic().messageKey();
    FeedPage page =
        new FeedPage(
            language,
            request.topic(),
            Messages.get(tag, key + ".title", request.topic().name(tag)),
            Messages.get(tag, key + ".description", request.topic().name(tag)),
            links.page(request, self),
            links.page(withoutCursor(request), null),
            next,
            previous,
            links,
            entries,
            selected.tombstones(),
            updated);
    byte[] body = renderer.render(page, request.format());
    return RenderedDocument.of(body, request.format().mediaType(), updated, selected.nextChange());
  }

  FeedStory rendition(Story story, Language language) {
    return renditions(List.of(story), language).get(story.id());
  }

  /** The stories' entries in one language: from the cache, the missing ones read in one go. */
  Map<UUID, FeedStory> renditions(List<Story> stories, Language language) {
    Map<UUID, FeedStory> shown = new java.util.HashMap<>();
    List<Story> missing = new ArrayList<>();
    for (Story story : stories) {
      FeedStory cached = cache.rendition(story.id(), story.version(), story.updatedAt(), language);
      if (cached != null) {
        shown.put(story.id(), cached);
      } else {
        missing.add(story);
      }
    }
    if (!missing.isEmpty()) {
      Map<UUID, Renditions.ReaderCopy> copies = desk.forReaders(missing, language);
      for (Story story : missing) {
        FeedStory fresh = entries.render(story, language, copies.get(story.id()));
        cache.keepRendition(story.id(), story.version(), story.updatedAt(), language, fresh);
        shown.put(story.id(), fresh);
      }
    }
    return shown;
  }

  static Language language(String lang) {
    return Language.ofExactTag(lang)
        .orElseThrow(
            () ->
                new NotFound(
                    "newsrelay publishes no feeds in \"" + lang + "\".",
                    Map.of("available", Language.tags())));
  }

  private static int limit(String limit) {
    if (limit == null) {
      return FeedRequest.DEFAULT_LIMIT;
    }
    try {
      int size = Integer.parseInt(limit.strip());
      if (size >= 1 && size <= FeedRequest.MAX_LIMIT) {
        return size;
      }
    } catch (NumberFormatException e) {
      // Answered below like any other number out of range.
    }
    throw new InvalidInput(
        "\"limit\" must be a whole number from 1 to " + FeedRequest.MAX_LIMIT + ".");
  }

  private static String cursor(FeedRequest request, PageCursor.Direction direction, Story story) {
    return new PageCursor(direction, story.versionCreated(), story.id())
        .encode(request.feedIdentity(), CURSOR_KEY.bytes());
  }

  private static FeedRequest withoutCursor(FeedRequest request) {
    return new FeedRequest(
        request.language(),
        request.topic(),
        request.format(),
        request.limit(),
        request.query(),
        null);
  }

  private static Instant latest(Instant a, Instant b) {
    return b.isAfter(a) ? b : a;
  }
}

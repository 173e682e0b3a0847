package org.newsrelay.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsrelay.platform.Messages;
import org.newsrelay.story.Advisories;
import org.newsrelay.story.Advisory;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;

/**
 * A page of {@code /feeds/{lang}/advisories}: what partners are told of the stories of a language
 * ({@link Advisories}), newest first, paged by keyset like every feed (RFC 5005, signed cursors
 * over the advisory's time and id) and cached under the language family's generation: every
 * advisory comes with the {@code StoryChanged} of its story, which renews it.
 */
@ApplicationScoped
public class AdvisoryFeed {
  @Inject Advisories advisories;

  private final AdvisoryWriter writer = new AdvisoryWriter(TextEngine.standard());

  RenderedDocument render(FeedRequest request, URI base, Instant now) {
    Language language = request.language();
    PageCursor cursor = request.cursor();
    boolean newer = cursor != null && cursor.direction() == PageCursor.Direction.NEWER;
    Advisories.After after =
        cursor == null
            ? null
            : new Advisories.After(cursor.versionCreated(), cursor.storyId(), newer);
    List<Advisory> found =
        advisories.page(
            language, FeedSelection.storedLanguages(language), after, request.limit() + 1, now);
    boolean more = found.size() > request.limit();
    List<Advisory> page =
        new ArrayList<>(found.subList(0, Math.min(found.size(), request.limit())));
    if (newer) {
      Collections.reverse(page);
    }
    boolean hasOlder = newer || more;
    boolean hasNewer = newer ? more : cursor != null;
    FeedLinks links = new FeedLinks(base);
    URI next = null;
    URI previous = null;
    Instant updated = Instant.EPOCH;
    if (!page.isEmpty()) {
      updated = page.stream().map(Advisory::at).max(Instant::compareTo).orElseThrow();
      if (hasOlder) {
        next = links.page(request, cursor(request, PageCursor.Direction.OLDER, last(page)));
      }
      if (hasNewer) {
        previous = links.page(request, cursor(request, PageCursor.Direction.NEWER, page.get(0)));
      }
    }
    String tag = language.tag();
    FeedPage feed =
        new FeedPage(
            language,
            request.topic(),
            Messages.get(tag, "feed.advisories.title"),
            Messages.get(tag, "feed.advisories.description"),
            links.page(
                request, cursor == null ? null : cursor.encode(request.feedIdentity(), key())),
            links.page(firstPage(request), null),
            next,
            previous,
            links,
            List.of(),
            List.of(),
            updated);
    return RenderedDocument.of(
        writer.render(feed, page, request.format()),
        request.format().mediaType(),
        updated,
        now.plus(FeedSelection.SAFETY_REFRESH));
  }

  private static Advisory last(List<Advisory> page) {
    return page.get(page.size() - 1);
  }

  private static String cursor(
      FeedRequest request, PageCursor.Direction direction, Advisory advisory) {
    return new PageCursor(direction, advisory.at(), advisory.id())
        .encode(request.feedIdentity(), key());
  }

  private static byte[] key() {
    return FeedService.CURSOR_KEY.bytes();
  }

  private static FeedRequest firstPage(FeedRequest request) {
    return new FeedRequest(
        request.language(), request.topic(), request.format(), request.limit(), null, null);
  }
}

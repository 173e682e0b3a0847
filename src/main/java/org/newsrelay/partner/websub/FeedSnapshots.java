package org.newsrelay.partner.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.newsrelay.feed.FeedService;
import org.newsrelay.feed.FeedService.FeedDocument;

/**
 * Feed documents for deliveries, rendered once for many subscriptions: a fan-out of one story to a
 * thousand subscribers of a feed renders it once. A rendering is reused only if it started after
 * the delivery was claimed, since only then is the delivery's story certainly in it.
 */
@ApplicationScoped
public class FeedSnapshots {
  @Inject FeedService feeds;

  private record Snapshot(long startedNanos, CompletableFuture<FeedDocument> document) {}

  private final ConcurrentHashMap<String, Snapshot> latest = new ConcurrentHashMap<>();

  /** The topic's document, rendered after {@code claimedNanos} (a {@link System#nanoTime()}). */
  public FeedDocument of(HubTopic topic, long claimedNanos) {
    String key = topic.url().toString();
    while (true) {
      Snapshot current = latest.get(key);
      if (current != null && current.startedNanos() - claimedNanos > 0) {
        return await(current.document());
      }
      Snapshot mine = new Snapshot(System.nanoTime(), new CompletableFuture<>());
      boolean won =
          current == null
              ? latest.putIfAbsent(key, mine) == null
              : latest.replace(key, current, mine);
      if (!won) {
        continue;
      }
      try {
        mine.document()
            .complete(feeds.render(topic.lang(), topic.slug(), topic.extension(), topic.base()));
      } catch (RuntimeException e) {
        latest.remove(key, mine);
        mine.document().completeExceptionally(e);
        throw e;
      }
      return mine.document().join();
    }
  }

  private static FeedDocument await(CompletableFuture<FeedDocument> document) {
    try {
      return document.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}

package org.newsrelay.partner.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

  static final long WAIT_SECONDS = 60;

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
      } catch (RuntimeException | Error e) {
        // Whatever went wrong, the deliveries waiting on this rendering must hear of it: a future
        // left incomplete would hold their threads for good.
        latest.remove(key, mine);
        mine.document().completeExceptionally(e);
        throw e;
      }
      return mine.document().join();
    }
  }

  /**
   * Another delivery's rendering, waited for no longer than any rendering may take (each of its
   * statements has a time limit): a delivery thread must never wait for good.
   */
  private static FeedDocument await(CompletableFuture<FeedDocument> document) {
    try {
      return document.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("The feed could not be rendered", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Another delivery's rendering of this feed took over " + WAIT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted waiting for a feed's rendering", e);
    }
  }
}

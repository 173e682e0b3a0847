package org.newsrelay.partner.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.newsrelay.feed.FeedService;
import org.newsrelay.feed.FeedService.FeedDocument;

class FeedSnapshotsTest {
  private static final HubTopic TOPIC =
      HubTopic.parse(
              "http://127.0.0.1:8580/feeds/en/all.atom",
              List.of(URI.create("http://127.0.0.1:8580/")))
          .orElseThrow();

  /** A feed service whose rendering is whatever the test says. */
  private static FeedSnapshots snapshots(Supplier<FeedDocument> render) {
    FeedSnapshots snapshots = new FeedSnapshots();
    snapshots.feeds =
        new FeedService() {
          @Override
          public FeedDocument render(String lang, String topic, String extension, URI base) {
            return render.get();
          }
        };
    return snapshots;
  }

  @Test
  void aDeliveryClaimedBeforeARenderingStartedSharesIt() throws Exception {
    AtomicInteger renders = new AtomicInteger();
    CountDownLatch rendering = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    FeedSnapshots snapshots =
        snapshots(
            () -> {
              renders.incrementAndGet();
              rendering.countDown();
              await(finish);
              return new FeedDocument("<feed/>", "application/atom+xml");
            });
    long claimed = System.nanoTime();
    CompletableFuture<FeedDocument> first =
        CompletableFuture.supplyAsync(() -> snapshots.of(TOPIC, claimed));
    await(rendering);
    CompletableFuture<FeedDocument> second =
        CompletableFuture.supplyAsync(() -> snapshots.of(TOPIC, claimed));
    finish.countDown();
    assertEquals("<feed/>", first.get(5, TimeUnit.SECONDS).body());
    assertEquals("<feed/>", second.get(5, TimeUnit.SECONDS).body());
    assertEquals(1, renders.get(), "one rendering for both deliveries");
  }

  /**
   * A rendering that fails with an Error, not an exception, must still release the deliveries
   * waiting on it: a future left incomplete held every WebSub thread for good.
   */
  @Test
  void aRenderingThatFailsWithAnErrorReleasesItsWaiters() {
    CountDownLatch rendering = new CountDownLatch(1);
    CountDownLatch fail = new CountDownLatch(1);
    AtomicInteger renders = new AtomicInteger();
    FeedSnapshots snapshots =
        snapshots(
            () -> {
              if (renders.incrementAndGet() == 1) {
                rendering.countDown();
                await(fail);
                throw new StackOverflowError("deep");
              }
              return new FeedDocument("<feed/>", "application/atom+xml");
            });
    long claimed = System.nanoTime();
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          CompletableFuture<FeedDocument> first =
              CompletableFuture.supplyAsync(() -> snapshots.of(TOPIC, claimed));
          await(rendering);
          CompletableFuture<FeedDocument> waiter =
              CompletableFuture.supplyAsync(() -> snapshots.of(TOPIC, claimed));
          fail.countDown();
          ExecutionException failed =
              assertThrows(ExecutionException.class, () -> first.get(5, TimeUnit.SECONDS));
          assertEquals(StackOverflowError.class, failed.getCause().getClass());
          // The waiter hears of the failure, or (had it not yet joined) renders again itself.
          try {
            assertEquals("<feed/>", waiter.get(5, TimeUnit.SECONDS).body());
          } catch (ExecutionException e) {
            assertEquals(IllegalStateException.class, e.getCause().getClass());
          }
          // And the failed rendering is not kept: the next delivery renders afresh.
          assertEquals("<feed/>", snapshots.of(TOPIC, System.nanoTime()).body());
        });
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

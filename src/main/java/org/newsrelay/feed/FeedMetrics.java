package org.newsrelay.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsrelay.platform.Metrics;
import org.newsrelay.platform.Setting;

/**
 * What serving feeds counts (docs/operations.md, "Metrics"): requests by format and by path (the
 * fast lane ahead of the servlet chain, or the application), the rendered-document cache's hits and
 * misses and its size, and the time a page takes to render.
 */
@ApplicationScoped
public class FeedMetrics {
  static final List<Duration> RENDER =
      List.of(
          Duration.ofMillis(5),
          Duration.ofMillis(10),
          Duration.ofMillis(25),
          Duration.ofMillis(50),
          Duration.ofMillis(100),
          Duration.ofMillis(250),
          Duration.ofMillis(500),
          Duration.ofSeconds(1),
          Duration.ofSeconds(2),
          Duration.ofSeconds(5));

  @Inject Metrics metrics;
  @Inject FeedCache cache;

  private final Map<FeedFormat, Counter> fast = new EnumMap<>(FeedFormat.class);
  private final Map<FeedFormat, Counter> full = new EnumMap<>(FeedFormat.class);
  private final Map<FeedFormat, Timer> render = new EnumMap<>(FeedFormat.class);
  private Counter hits;
  private Counter misses;

  /** Registered with the application, so that every meter is there from the first scrape. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  @PostConstruct
  void register() {
    String requests = "newsrelay_feed_requests";
    String help =
        "Feed requests (304s included) by format and path: fast, served from memory ahead of the"
            + " servlet chain; full, through the application";
    for (FeedFormat format : FeedFormat.values()) {
      fast.put(format, metrics.counter(requests, help, "format", tag(format), "path", "fast"));
      full.put(format, metrics.counter(requests, help, "format", tag(format), "path", "full"));
      render.put(
          format,
          metrics.histogram(
              "newsrelay_feed_render",
              "Time to select and render a feed page that was not in the cache",
              RENDER,
              "format",
              tag(format)));
    }
    String lookups = "newsrelay_feed_cache";
    String cacheHelp = "Rendered feed pages looked up in this node's memory, found or not";
    hits = metrics.counter(lookups, cacheHelp, "result", "hit");
    misses = metrics.counter(lookups, cacheHelp, "result", "miss");
    // The plain object, not the bean: a scrape runs on a management thread.
    metrics.memoryGauge(
        "newsrelay_feed_cache_bytes",
        "Bytes of rendered pages this node keeps (at most "
            + Setting.FEED_CACHE_BYTES.variable()
            + ")",
        cache.documents(),
        DocumentMemory::bytes);
  }

  void served(FeedFormat format, boolean fastLane) {
    (fastLane ? fast : full).get(format).increment();
  }

  void looked(boolean found) {
    (found ? hits : misses).increment();
  }

  RenderedDocument rendering(FeedFormat format, Supplier<RenderedDocument> render) {
    return this.render.get(format).record(render);
  }

  private static String tag(FeedFormat format) {
    return format.extension();
  }
}

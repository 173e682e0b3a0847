package org.newsrelay.feed;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing a page of 50 English entries (about 5 KB of HTML each), as a feed cache miss does: with
 * the renditions already cached ({@code cached}, the common miss: another story changed) and with
 * every rendition new ({@code fresh}, each body sanitised again by the renderer).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FeedRenderBenchmark {
  private static final String PARAGRAPH =
      "<p>The harbour reopened on Tuesday after the storm, officials said, and ships <a"
          + " href=\"https://x.example/a\">queued</a> at the gates.</p>";

  @Param({"ATOM", "RSS", "JSON"})
  FeedFormat format;

  @Param({"cached", "fresh"})
  String renditions;

  private final FeedRenderer renderer = new FeedRenderer(TextEngine.standard());
  private FeedPage page;

  @Setup
  public void setUp() {
    page = page();
  }

  private static FeedPage pageOf(List<FeedStory> entries) {
    URI self = URI.create("https://news.example/feeds/en/all.atom");
    return new FeedPage(
        Language.EN,
        FeedTopic.ALL,
        "All",
        "All stories",
        self,
        self,
        null,
        null,
        new FeedLinks(URI.create("https://news.example/")),
        entries,
        List.of(),
        Instant.now());
  }

  private static FeedPage page() {
    Instant now = Instant.now();
    List<FeedStory> entries = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      entries.add(
          new FeedStory(
              UUID.randomUUID(),
              Language.EN,
              Language.EN,
              "Headline " + i,
              "Summary " + i,
              // Copy never rendered before: a story that changed, or one newly read.
              PARAGRAPH.repeat(35) + "<p>" + UUID.randomUUID() + "</p>",
              "https://x.example/" + i,
              "By a reporter",
              now,
              now,
              List.of("Economy"),
              List.of()));
    }
    return pageOf(entries);
  }

  @Benchmark
  public byte[] render() {
    return renderer.render("fresh".equals(renditions) ? page() : page, format);
  }
}

package org.newsrelay.partner.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubTopicTest {
  private static final List<URI> BASES =
      List.of(URI.create("http://127.0.0.1:8580/"), URI.create("https://news.example.com/relay/"));

  @Test
  void readsOurFeedUrls() {
    HubTopic topic =
        HubTopic.parse("http://127.0.0.1:8580/feeds/zh-Hant-TW/all.atom", BASES).orElseThrow();
    assertEquals("zh-Hant-TW", topic.lang());
    assertEquals("all", topic.slug());
    assertEquals("atom", topic.extension());
    assertEquals(URI.create("http://127.0.0.1:8580/websub"), topic.hub());

    HubTopic behindProxy =
        HubTopic.parse("https://NEWS.example.com:443/relay/feeds/en/markets.rss", BASES)
            .orElseThrow();
    assertEquals("markets", behindProxy.slug());
    assertEquals(URI.create("https://NEWS.example.com:443/relay/"), behindProxy.base());
  }

  @Test
  void refusesAnythingElse() {
    for (String other :
        List.of(
            "http://127.0.0.1:8581/feeds/en/all.atom",
            "https://127.0.0.1:8580/feeds/en/all.atom",
            "http://elsewhere.example/feeds/en/all.atom",
            "http://127.0.0.1:8580/feeds/en/all.atom?page=2",
            "http://127.0.0.1:8580/feeds/en/all.atom#top",
            "http://127.0.0.1:8580/feeds/en/all",
            "http://127.0.0.1:8580/api/v1/stories",
            "https://news.example.com/feeds/en/all.atom",
            "feeds/en/all.atom",
            "not a url at all")) {
      assertTrue(HubTopic.parse(other, BASES).isEmpty(), other);
    }
  }
}

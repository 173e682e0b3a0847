package org.newsrelay.it.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrelay.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.ServerIT;

/** Whatever a reader gets wrong about a feed, a 4xx problem+json, never a 500. */
class FeedBadInputIT extends ServerIT {

  @Test
  void anUnknownLanguageListsTheAvailableTags() {
    for (String format : new String[] {"atom", "rss", "json"}) {
      JsonObject problem = assertProblem(404, reader.get("/feeds/de/all." + format));
      assertTrue(problem.getJsonArray("available").toString().contains("zh-Hant-HK"));
    }
  }

  @Test
  void anUnknownTopicIsNotFound() {
    assertProblem(404, reader.get("/feeds/zh-Hans/no-such-topic.rss"));
  }

  @Test
  void anUnknownFormatIsNotFound() {
    assertProblem(404, reader.get("/feeds/en/all.xml"));
    assertProblem(404, reader.get("/feeds/en/all"));
  }

  @Test
  void aLimitOutOfRangeIsABadRequest() {
    assertProblem(400, reader.get("/feeds/en/all.atom?limit=0"));
    assertProblem(400, reader.get("/feeds/en/all.atom?limit=201"));
    assertProblem(400, reader.get("/feeds/en/all.json?limit=ten"));
    assertEquals(200, reader.get("/feeds/en/all.atom?limit=200").statusCode());
  }

  @Test
  void aForgedCursorIsABadRequest() {
    assertProblem(400, reader.get("/feeds/en/all.atom?cursor=not-a-cursor"));
    assertProblem(400, reader.get("/feeds/en/all.atom?cursor=bzE4MDB8MHwx.AAAA"));
  }

  @Test
  void anOverlongKeywordIsABadRequest() {
    assertProblem(400, reader.get("/feeds/en/all.atom?q=" + "x".repeat(101)));
  }

  @Test
  void anUnknownStoryPageIsNotFound() {
    assertProblem(404, reader.get("/stories/00000000-0000-0000-0000-000000000000/en"));
    assertProblem(404, reader.get("/stories/not-a-story/en"));
    assertProblem(404, reader.get("/stories/00000000-0000-0000-0000-000000000000/fr"));
  }
}

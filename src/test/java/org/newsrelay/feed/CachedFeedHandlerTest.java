package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CachedFeedHandlerTest {
  @Test
  void onlyALanguagesAllFeedIsAnsweredOnTheIoThread() {
    assertTrue(CachedFeedHandler.plainPoll("/feeds/en/all.atom"));
    assertTrue(CachedFeedHandler.plainPoll("/feeds/zh-Hant-TW/all.json"));
    // A topic (all.x is one) is looked up in the database: a worker thread's job.
    assertFalse(CachedFeedHandler.plainPoll("/feeds/en/all.x.atom"));
    assertFalse(CachedFeedHandler.plainPoll("/feeds/en/chips.atom"));
    assertFalse(CachedFeedHandler.plainPoll("/feeds/en/all.atom.rss"));
    assertFalse(CachedFeedHandler.plainPoll("/feeds/en/all"));
    assertFalse(CachedFeedHandler.plainPoll("/feeds/en/all.xml"));
    assertFalse(CachedFeedHandler.plainPoll("/feeds/en/allx.atom"));
    assertFalse(CachedFeedHandler.plainPoll("/feeds/en"));
  }
}

package org.newsrelay.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A polled item's pictures as Media RSS and enclosures give them, and its rights. */
class FeedMediaTest {
  private static final URI BASE = URI.create("https://photos.example.com/feed.xml");

  private final ParsedFeed feed = parse();

  private static ParsedFeed parse() {
    try {
      return new FeedParser()
          .parse(FeedParserTest.fixture("media-rss.xml"), "application/rss+xml", BASE);
    } catch (FeedParseException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aMediaGroupIsOnePictureInEverySizeWithItsTexts() {
    List<ParsedMedia> media = feed.entries().get(0).media();
    assertEquals(1, media.size(), "the enclosure names the same file: " + media);
    ParsedMedia picture = media.get(0);
    assertEquals("image", picture.medium());
    assertEquals("货轮驶入维多利亚港", picture.caption());
    assertEquals("新华社记者 李明 摄", picture.credit());
    assertEquals("© 新华社", picture.copyright());
    assertEquals(2, picture.files().size());
    ParsedMedia.File large = picture.files().get(0);
    assertEquals("https://img.example.com/1-large.jpg", large.url());
    assertEquals("image/jpeg", large.type());
    assertEquals(2400, large.width());
    assertEquals(1600, large.height());
    assertEquals(812345L, large.bytes());
    assertEquals(
        "https://photos.example.com/1-small.jpg",
        picture.files().get(1).url(),
        "a relative address is resolved against the feed");
  }

  @Test
  void anEnclosureAloneIsAPictureAndAnItemsRightsBeatTheFeeds() {
    ParsedEntry first = feed.entries().get(0);
    ParsedEntry second = feed.entries().get(1);
    assertEquals("© 2026 Harbour Photo Wire", first.rights(), "the channel's copyright");
    assertEquals("Partners only", second.rights());
    List<ParsedMedia> media = second.media();
    assertTrue(
        media.stream()
            .anyMatch(m -> m.files().get(0).url().equals("https://img.example.com/2.png")),
        media.toString());
    ParsedMedia png =
        media.stream()
            .filter(m -> m.files().get(0).url().endsWith("2.png"))
            .findFirst()
            .orElseThrow();
    assertEquals("image", png.medium());
    assertEquals(1234L, png.files().get(0).bytes());
    assertNull(png.caption());
  }
}

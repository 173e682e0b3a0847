package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrelay.story.Media;
import org.newsrelay.story.Rights;
import org.newsrelay.text.TextEngine;
import org.xml.sax.InputSource;

/**
 * A story's picture in every format: Media RSS with caption, credit and copyright (read back with
 * Rome's module), an enclosure, JSON Feed's image and attachments, and a figure on the page. With
 * {@code -Dnewsrelay.feeds.dump=DIR} the documents are written there for the W3C Feed Validator.
 */
class MediaRenderingTest {
  static final String CAPTION = "貨輪駛入維多利亞港";
  static final String CREDIT = "新華社記者 李明 攝";
  static final Media PICTURE =
      new Media(
          "picture",
          "urn:photo:1",
          CAPTION,
          "一艘貨輪",
          CREDIT,
          new Rights("新華社", null, null),
          List.of(
              new Media.File(
                  "https://img.example.com/1-large.jpg", "image/jpeg", 2400, 1600, 812345L),
              new Media.File("https://img.example.com/1-small.jpg", "image/jpeg", 800, 533, null)));

  final FeedRenderer renderer = new FeedRenderer(TextEngine.standard());

  static FeedPage page(List<Media> media) {
    FeedPage page = FeedRendererTest.page();
    return page.withEntries(
        page.entries().stream().map(e -> e.withMedia(media)).toList(), page.tombstones());
  }

  @Test
  void atomHasAnEnclosureAndMediaRss() throws Exception {
    String xml = render(page(List.of(PICTURE)), FeedFormat.ATOM, "media.atom");
    SyndEntry entry = read(xml).getEntries().get(0);
    assertTrue(
        xml.contains("rel=\"enclosure\"")
            && xml.contains("href=\"https://img.example.com/1-large.jpg\"")
            && xml.contains("length=\"812345\""),
        xml);
    assertMediaRss(entry);
  }

  @Test
  void rssHasOneEnclosureAndMediaRss() throws Exception {
    String xml = render(page(List.of(PICTURE)), FeedFormat.RSS, "media.rss");
    SyndEntry entry = read(xml).getEntries().get(0);
    assertEquals(1, entry.getEnclosures().size());
    assertEquals("https://img.example.com/1-large.jpg", entry.getEnclosures().get(0).getUrl());
    assertEquals(812345L, entry.getEnclosures().get(0).getLength());
    assertMediaRss(entry);
  }

  private static void assertMediaRss(SyndEntry entry) {
    MediaEntryModule media = (MediaEntryModule) entry.getModule(MediaModule.URI);
    MediaContent[] contents = media.getMediaContents();
    assertEquals(2, contents.length, "both sizes");
    assertEquals(2400, contents[0].getWidth());
    assertEquals("image", contents[0].getMedium());
    assertEquals(CAPTION, contents[0].getMetadata().getDescription());
    assertEquals(CREDIT, contents[0].getMetadata().getCredits()[0].getName());
    assertEquals("© 新華社", contents[0].getMetadata().getCopyright());
    assertTrue(
        entry.getContents().get(0).getValue().contains("<figcaption>" + CAPTION + " (" + CREDIT),
        "readers that show only the content see the picture and its caption");
  }

  @Test
  void jsonFeedHasTheImageAttachmentsAndTheTexts() throws Exception {
    JsonObject item =
        Json.createReader(
                new StringReader(render(page(List.of(PICTURE)), FeedFormat.JSON, "media.json")))
            .readObject()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("https://img.example.com/1-small.jpg", item.getString("image"), "the page size");
    JsonObject attachment = item.getJsonArray("attachments").getJsonObject(0);
    assertEquals("https://img.example.com/1-large.jpg", attachment.getString("url"));
    assertEquals("image/jpeg", attachment.getString("mime_type"));
    assertEquals(812345, attachment.getInt("size_in_bytes"));
    JsonObject media = item.getJsonObject("_media").getJsonArray("items").getJsonObject(0);
    assertEquals(CAPTION, media.getString("caption"));
    assertEquals("一艘貨輪", media.getString("alt"));
    assertEquals(CREDIT, media.getString("credit"));
  }

  @Test
  void theStoryPageShowsAFigureWithItsAltText() {
    String html =
        renderer.storyPage(page(List.of(PICTURE)).entries().get(0), FeedRendererTest.LINKS);
    assertTrue(
        html.contains(
            "<figure class=\"newsrelay-media\"><img src=\"https://img.example.com/1-small.jpg\""
                + " alt=\"一艘貨輪\" width=\"800\" height=\"533\"><figcaption>"
                + CAPTION
                + " ("
                + CREDIT
                + ")</figcaption></figure>"),
        html);
  }

  @Test
  void aPictureTheBodyShowsIsNotShownTwiceAndABadAddressNeverReachesAReader() throws Exception {
    Media inBody =
        new Media(
            "picture",
            null,
            "in the body",
            null,
            null,
            null,
            List.of(
                new Media.File(
                    "https://img.example.com/inline.jpg", "image/jpeg", null, null, null)));
    Media hostile =
        new Media(
            "picture",
            null,
            "x\u0000",
            null,
            null,
            null,
            List.of(new Media.File("javascript:alert(1)", "image/jpeg", null, null, null)));
    FeedPage page = FeedRendererTest.page();
    FeedStory story =
        page.entries()
            .get(0)
            .changed(p -> p.contentHtml = "<p><img src=\"https://img.example.com/inline.jpg\"></p>")
            .withMedia(List.of(inBody, hostile));
    String html = renderer.storyPage(story, FeedRendererTest.LINKS);
    assertFalse(html.contains("newsrelay-media"), html);
    String rss = render(page.withEntries(List.of(story), page.tombstones()), FeedFormat.RSS, null);
    assertFalse(rss.contains("javascript:"), rss);
    assertTrue(rss.contains("https://img.example.com/inline.jpg"), "still an enclosure: " + rss);
  }

  @Test
  void noMediaNoElements() throws Exception {
    String atom = render(page(List.of()), FeedFormat.ATOM, null);
    assertFalse(atom.contains("enclosure") || atom.contains("media:"), atom);
    String json = render(page(List.of()), FeedFormat.JSON, null);
    assertFalse(json.contains("attachments") || json.contains("_media"), json);
  }

  private static SyndFeed read(String xml) throws Exception {
    return new SyndFeedInput().build(new InputSource(new StringReader(xml)));
  }

  private String render(FeedPage page, FeedFormat format, String dumpAs) throws IOException {
    String body = new String(renderer.render(page, format), StandardCharsets.UTF_8);
    String dump = System.getProperty("newsrelay.feeds.dump");
    if (dump != null && dumpAs != null) {
      Files.createDirectories(Path.of(dump));
      Files.writeString(Path.of(dump, dumpAs), body);
    }
    return body;
  }
}

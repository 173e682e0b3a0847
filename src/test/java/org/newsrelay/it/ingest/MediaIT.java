package org.newsrelay.it.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Item;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Feeds;
import org.newsrelay.it.support.FixtureFeedServer;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.Partner;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.WebSubSubscriber;

/**
 * A ninjs 2.x story with a picture whose caption is in Simplified Chinese reaches every format and
 * the content API with nothing lost: the picture in each size, its caption, alt text and credit
 * converted for zh-Hant-TW and zh-Hant-HK, its rights; a picture in a body and one in a polled
 * feed's Media RSS reach our feeds too, and a file whose address is no link reaches none.
 */
class MediaIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String CAPTION = "货轮驶入维多利亚港，码头恢复作业";
  private static final String ALT = "一艘货轮停靠在码头边";
  private static final String CREDIT = "新华社记者 李明 摄";

  private String token;

  @BeforeEach
  void token() {
    token = "md" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private String large() {
    return "https://img.example.com/" + token + "/large.jpg";
  }

  private String small() {
    return "https://img.example.com/" + token + "/small.jpg";
  }

  private JsonObjectBuilder withPicture() {
    return Json.createObjectBuilder()
        .add("uri", "urn:newsrelay:it:media:" + token)
        .add("language", "zh-Hans")
        .add("versioncreated", Instant.now().toString())
        .add(
            "headlines",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("value", "港口恢复作业" + token)))
        .add("body_text", "网络安全软件。\n" + Copy.distinct(token))
        .add(
            "associations",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "mainpic")
                        .add("type", "picture")
                        .add("uri", "urn:pic:" + token)
                        .add("by", CREDIT)
                        .add("copyrightholder", "新华社")
                        .add("representationtype", "partial")
                        .add(
                            "descriptions",
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("role", "caption")
                                        .add("value", CAPTION))
                                .add(
                                    Json.createObjectBuilder()
                                        .add("role", "alt")
                                        .add("value", ALT)))
                        .add(
                            "renditions",
                            Json.createArrayBuilder()
                                .add(rendition(large(), 2400, 1600).add("sizeinbytes", 812345))
                                .add(rendition(small(), 800, 533))
                                .add(rendition("javascript:alert(1)", 10, 10)))));
  }

  private static JsonObjectBuilder rendition(String href, int width, int height) {
    return Json.createObjectBuilder()
        .add("href", href)
        .add("contenttype", "image/jpeg")
        .add("width", width)
        .add("height", height);
  }

  private void awaitPublished(String id) {
    Http.eventually(
        WAIT,
        () -> reader.story(id),
        r -> r.statusCode() == 200 && Http.json(r).getString("status").equals("published"));
  }

  @Test
  void thePictureReachesEveryFormatWithItsCaptionConvertedPerVariant() {
    String id = wire.push(withPicture());
    awaitPublished(id);
    String taiwan = converted(CAPTION, "zh-Hant-TW");
    String hongKong = converted(CAPTION, "zh-Hant-HK");
    String credit = converted(CREDIT, "zh-Hant-TW");
    assertFalse(taiwan.equals(CAPTION), "the caption has characters to convert");

    // Nothing lost in the stories API: the association as sent, less the address that is no link.
    JsonObject stored = Http.json(reader.story(id)).getJsonObject("wire");
    JsonObject association = stored.getJsonArray("associations").getJsonObject(0);
    assertEquals("partial", association.getString("representationtype"));
    JsonArray renditions = association.getJsonArray("renditions");
    assertEquals(3, renditions.size(), "the bad rendition keeps its other members");
    assertFalse(renditions.getJsonObject(2).containsKey("href"), renditions.toString());

    // Atom, Taiwan: enclosure and Media RSS with the converted caption and credit.
    Entry entry = reader.awaitEntry("/feeds/zh-Hant-TW/all.atom?q=" + token, id);
    Link enclosure =
        entry.getOtherLinks().stream()
            .filter(l -> "enclosure".equals(l.getRel()))
            .findFirst()
            .orElseThrow();
    assertEquals(large(), enclosure.getHref());
    assertEquals(812345L, enclosure.getLength());
    MediaContent[] atomMedia =
        ((MediaEntryModule) entry.getModule(MediaModule.URI)).getMediaContents();
    assertEquals(2, atomMedia.length, "both sizes, not the bad one");
    assertEquals(taiwan, atomMedia[0].getMetadata().getDescription());
    assertEquals(credit, atomMedia[0].getMetadata().getCredits()[0].getName());
    assertEquals("© " + converted("新华社", "zh-Hant-TW"), atomMedia[0].getMetadata().getCopyright());
    String atom = reader.get("/feeds/zh-Hant-TW/all.atom?q=" + token).body();
    assertFalse(atom.contains("javascript:"), atom);

    // RSS, Hong Kong.
    Item item =
        reader.rss("/feeds/zh-Hant-HK/all.rss?q=" + token).getItems().stream()
            .filter(i -> i.getGuid().getValue().equals("urn:uuid:" + id))
            .findFirst()
            .orElseThrow();
    assertEquals(large(), item.getEnclosures().get(0).getUrl());
    MediaContent[] rssMedia =
        ((MediaEntryModule) item.getModule(MediaModule.URI)).getMediaContents();
    assertEquals(hongKong, rssMedia[0].getMetadata().getDescription());
    assertTrue(item.getContent().getValue().contains("<figcaption>" + hongKong), "readers see it");

    // JSON Feed, Taiwan.
    JsonObject json =
        reader.json("/feeds/zh-Hant-TW/all.json?q=" + token).getJsonArray("items").getJsonObject(0);
    assertEquals(small(), json.getString("image"));
    assertEquals(large(), json.getJsonArray("attachments").getJsonObject(0).getString("url"));
    JsonObject media = json.getJsonObject("_media").getJsonArray("items").getJsonObject(0);
    assertEquals(taiwan, media.getString("caption"));
    assertEquals(converted(ALT, "zh-Hant-TW"), media.getString("alt"));
    assertEquals(credit, media.getString("credit"));

    // The story page, Hong Kong: a figure with the alt text and caption in its variant.
    HttpResponse<String> page = reader.page(id, "zh-Hant-HK");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<img src=\"" + small() + "\""), page.body());
    assertTrue(page.body().contains("alt=\"" + converted(ALT, "zh-Hant-HK") + "\""), page.body());
    assertTrue(page.body().contains("<figcaption>" + hongKong), page.body());

    // Simplified shows the caption as written.
    JsonObject simplified =
        reader.json("/feeds/zh-Hans/all.json?q=" + token).getJsonArray("items").getJsonObject(0);
    assertEquals(
        CAPTION,
        simplified
            .getJsonObject("_media")
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("caption"));
  }

  @Test
  void theContentApiAnswersThePictureInEachVariant() {
    String id = wire.push(withPicture());
    awaitPublished(id);
    for (String tag : new String[] {"zh-Hant-TW", "zh-Hant-HK"}) {
      JsonObject ninjs = Http.json(reader.get("/api/v1/content/" + tag + "/" + id));
      JsonObject picture = ninjs.getJsonArray("associations").getJsonObject(0);
      assertEquals("urn:pic:" + token, picture.getString("uri"));
      assertEquals("picture", picture.getString("type"));
      assertEquals(converted(CREDIT, tag), picture.getString("by"));
      assertEquals(converted("新华社", tag), picture.getString("copyrightholder"));
      JsonArray descriptions = picture.getJsonArray("descriptions");
      assertEquals(converted(CAPTION, tag), descriptions.getJsonObject(0).getString("value"));
      assertEquals(converted(ALT, tag), descriptions.getJsonObject(1).getString("value"));
      assertEquals(large(), picture.getJsonArray("renditions").getJsonObject(0).getString("href"));
      assertEquals(2400, picture.getJsonArray("renditions").getJsonObject(0).getInt("width"));
    }
  }

  @Test
  void aPictureInTheBodyIsMediaTooAndShownOnce() {
    String src = "https://img.example.com/" + token + "/inline.jpg";
    String id =
        wire.push(
            Json.createObjectBuilder()
                .add("uri", "urn:newsrelay:it:media:body:" + token)
                .add("language", "en")
                .add("headline", "Harbour in pictures " + token)
                .add(
                    "body_html",
                    "<p>"
                        + Copy.distinct(token)
                        + "</p><figure><img src=\""
                        + src
                        + "\" alt=\"A ship\"><figcaption>The first ship in</figcaption></figure>"));
    awaitPublished(id);
    JsonObject association =
        Http.json(reader.story(id))
            .getJsonObject("wire")
            .getJsonArray("associations")
            .getJsonObject(0);
    assertEquals(src, association.getJsonArray("renditions").getJsonObject(0).getString("href"));
    Entry entry = reader.awaitEntry("/feeds/en/all.atom?q=" + token, id);
    assertTrue(
        entry.getOtherLinks().stream()
            .anyMatch(l -> "enclosure".equals(l.getRel()) && src.equals(l.getHref())),
        "an enclosure for readers that show them");
    String content = entry.getContents().get(0).getValue();
    assertEquals(
        1, content.split(src, -1).length - 1, "the body's figure, not a second: " + content);
    assertTrue(content.contains("<figcaption>The first ship in</figcaption>"), content);
  }

  @Test
  void aPolledMediaRssPictureReachesOurFeed() throws Exception {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now());
    String rss =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
          <title>Photo Wire</title><link>https://photos.example/</link><description>d</description>
          <language>en</language><copyright>© 2026 Photo Wire %1$s</copyright>
          <item><title>Storm clears the harbour %1$s</title><link>https://photos.example/a/%1$s</link>
            <guid isPermaLink="false">photo-%1$s</guid><pubDate>%2$s</pubDate>
            <description>The storm has passed. %3$s</description>
            <media:content url="https://img.example.com/%1$s/storm.jpg" type="image/jpeg"
                medium="image" width="1200" height="800" fileSize="4321">
              <media:description>Boats back at their moorings</media:description>
              <media:credit role="photographer">Ann Lee</media:credit>
            </media:content></item>
        </channel></rss>
        """
            .formatted(token, date, Copy.distinct(token));
    try (var publisher =
        new FixtureFeedServer("/photos.xml", "application/rss+xml; charset=UTF-8", rss)) {
      HttpResponse<String> registered =
          http.postJson("/api/v1/sources", "{\"url\": \"" + publisher.url("/photos.xml") + "\"}");
      assertEquals(201, registered.statusCode(), registered.body());
      Item item =
          Http.eventually(
                  WAIT,
                  () -> reader.rss("/feeds/en/all.rss?q=" + token),
                  c -> !c.getItems().isEmpty())
              .getItems()
              .get(0);
      assertEquals(
          "https://img.example.com/" + token + "/storm.jpg", item.getEnclosures().get(0).getUrl());
      assertEquals(4321L, item.getEnclosures().get(0).getLength());
      MediaContent content =
          ((MediaEntryModule) item.getModule(MediaModule.URI)).getMediaContents()[0];
      assertEquals("Boats back at their moorings", content.getMetadata().getDescription());
      assertEquals("Ann Lee", content.getMetadata().getCredits()[0].getName());
      Entry entry = reader.atom("/feeds/en/all.atom?q=" + token).getEntries().get(0);
      assertEquals("© 2026 Photo Wire " + token, entry.getRights(), "the feed's rights");
    }
  }

  @Test
  void aWebSubDeliveryCarriesThePictureInTheSubscribersVariant() throws Exception {
    Partner partner = partner("\"subscriber\"", "\"zh-Hant-TW\"", null);
    try (WebSubSubscriber subscriber = new WebSubSubscriber(2)) {
      HttpResponse<String> accepted =
          partner.subscribe(
              http.uri("/feeds/zh-Hant-TW/all.atom").toString(), subscriber.url("/tw"), null, 600);
      assertEquals(202, accepted.statusCode(), accepted.body());
      assertEquals(
          "active",
          partner.awaitDecided(Http.json(accepted).getString("subscription")).getString("state"));
      String id = wire.push(withPicture());
      WebSubSubscriber.Received delivery =
          Http.eventually(
                  WAIT,
                  () ->
                      subscriber.deliveries().stream()
                          .filter(r -> id.equals(r.header("X-Newsrelay-Story")))
                          .findFirst(),
                  Optional::isPresent)
              .orElseThrow();
      Entry entry = Feeds.entry(Feeds.atom(delivery.text()), id).orElseThrow();
      MediaContent[] media =
          ((MediaEntryModule) entry.getModule(MediaModule.URI)).getMediaContents();
      assertEquals(converted(CAPTION, "zh-Hant-TW"), media[0].getMetadata().getDescription());
      assertEquals(
          large(),
          ((com.rometools.modules.mediarss.types.UrlReference) media[0].getReference())
              .getUrl()
              .toString());
    }
  }
}

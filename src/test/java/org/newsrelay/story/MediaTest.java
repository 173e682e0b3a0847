package org.newsrelay.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's media as its associations hold them, in 2.x's names and 1.x's. */
class MediaTest {
  static WireMetadata wire(String associations) {
    return WireMetadata.decode("{\"associations\":" + associations + "}");
  }

  @Test
  void readsA2xPictureWithCaptionAltCreditAndRights() {
    List<Media> media =
        wire("""
                [{"name":"a001","type":"picture","uri":"urn:p:1","by":"Karl Melander/TT",
                  "copyrightholder":"TT","representationtype":"partial",
                  "descriptions":[{"role":"caption","value":"A big exercise"},
                                  {"role":"alt","value":"Soldiers on a beach"}],
                  "renditions":[{"name":"r00","contenttype":"image/jpeg","href":"https://i.example/h.jpg",
                                 "width":4724,"height":3149,"sizeinbytes":10326191},
                                {"name":"r03","contenttype":"image/jpeg","href":"https://i.example/t.jpg",
                                 "width":256,"height":171}]}]""")
            .media();
    assertEquals(1, media.size());
    Media picture = media.get(0);
    assertEquals("picture", picture.type());
    assertEquals("A big exercise", picture.caption());
    assertEquals("Soldiers on a beach", picture.alt());
    assertEquals("Karl Melander/TT", picture.credit());
    assertEquals("TT", picture.rights().holder());
    assertEquals("https://i.example/h.jpg", picture.largest().href());
    assertEquals("https://i.example/t.jpg", picture.forPage().href(), "4724 is too wide a page");
    assertEquals(10326191L, picture.largest().bytes());
  }

  @Test
  void reads1xSpellingsAndSkipsWhatIsNotMedia() {
    List<Media> media =
        wire("""
                [{"name":"main","description_text":"港口","byline":"记者 王",
                  "renditions":[{"name":"base","mimetype":"image/png","href":"https://i.example/a.png"}]},
                 {"name":"story","type":"text","uri":"urn:s:2"},
                 {"name":"nofile","type":"picture","renditions":[{"name":"x","width":1e999999999}]}]""")
            .media();
    assertEquals(1, media.size(), media.toString());
    assertEquals("picture", media.get(0).type(), "a png is a picture");
    assertEquals("港口", media.get(0).caption());
    assertEquals("记者 王", media.get(0).credit());
    assertEquals("image/png", media.get(0).files().get(0).contentType());
  }

  @Test
  void aHugeOrFractionalSizeIsNoSize() {
    Media picture =
        wire("""
                [{"type":"picture","renditions":[{"href":"https://i.example/a.jpg",
                  "width":1e999999999,"height":2.5,"sizeinbytes":-3}]}]""")
            .media()
            .get(0);
    assertNull(picture.files().get(0).width());
    assertNull(picture.files().get(0).height());
    assertNull(picture.files().get(0).bytes());
  }

  @Test
  void captionsAltTextsAndCreditsAreConvertedButAddressesAreNot() {
    WireMetadata converted =
        wire("""
                [{"type":"picture","by":"新华社记者 李明 摄",
                  "descriptions":[{"role":"caption","value":"货轮驶入港口"},{"role":"alt","value":"一艘货轮"}],
                  "renditions":[{"href":"https://i.example/货.jpg","contenttype":"image/jpeg"}]}]""")
            .converted(s -> "«" + s + "»");
    Media picture = converted.media().get(0);
    assertEquals("«货轮驶入港口»", picture.caption());
    assertEquals("«一艘货轮»", picture.alt());
    assertEquals("«新华社记者 李明 摄»", picture.credit());
    assertEquals("https://i.example/货.jpg", picture.files().get(0).href());
  }

  @Test
  void writesWhatItReads() {
    Media picture =
        new Media(
            "picture",
            null,
            "caption",
            "alt",
            "credit",
            new Rights(null, "© W", null),
            List.of(new Media.File("https://i.example/a.jpg", "image/jpeg", 10, 20, 30L)));
    Media back = Media.read(picture.toNinjs());
    assertEquals(picture, back);
    assertTrue(picture.toNinjs().toString().contains("\"role\":\"alt\""));
  }
}

package org.newsrelay.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsrelay.text.TextEngine;

/** A story page's NewsArticle JSON-LD and Open Graph tags, in the page's own script. */
class StoryPageMetadataTest {
  final FeedRenderer renderer = new FeedRenderer(TextEngine.standard());

  private Document page(FeedStory story) {
    return Jsoup.parse(renderer.storyPage(story, FeedRendererTest.LINKS));
  }

  private static JsonObject jsonLd(Document page) {
    String data = page.selectFirst("script[type=application/ld+json]").data();
    return Json.createReader(new StringReader(data)).readObject();
  }

  @Test
  void aTaiwanPageDescribesItsArticleInTaiwanScript() {
    FeedStory story =
        FeedRendererTest.page().entries().get(0).withMedia(List.of(MediaRenderingTest.PICTURE));
    Document page = page(story);
    JsonObject article = jsonLd(page);
    assertEquals("NewsArticle", article.getString("@type"));
    assertEquals("人工智慧軟體上市", article.getString("headline"));
    assertEquals("zh-Hant-TW", article.getString("inLanguage"));
    assertEquals("2026-11-28T08:30:00Z", article.getString("datePublished"));
    assertEquals("2026-11-28T09:00:00Z", article.getString("dateModified"));
    assertEquals("記者 王小明", article.getJsonArray("author").getJsonObject(0).getString("name"));
    assertEquals("newsrelay", article.getJsonObject("publisher").getString("name"));
    assertEquals("https://img.example.com/1-small.jpg", article.getJsonArray("image").getString(0));
    assertEquals(
        FeedRendererTest.LINKS.storyPage(story.id(), story.language()).toString(),
        article.getString("url"));

    assertEquals("article", og(page, "og:type"));
    assertEquals("人工智慧軟體上市", og(page, "og:title"));
    assertEquals("zh_TW", og(page, "og:locale"));
    assertEquals("https://img.example.com/1-small.jpg", og(page, "og:image"));
    assertEquals("一艘貨輪", og(page, "og:image:alt"));
    assertEquals("2026-11-28T08:30:00Z", og(page, "article:published_time"));
  }

  @Test
  void aHeadlineCannotEndTheDataBlock() {
    FeedStory story =
        FeedRendererTest.page()
            .entries()
            .get(0)
            .changed(p -> p.headline = "Harbour </script><script>alert(1)</script> <!--");
    String html = renderer.storyPage(story, FeedRendererTest.LINKS);
    assertFalse(html.contains("<script>alert"), html);
    Document page = Jsoup.parse(html);
    assertEquals(1, page.select("script").size(), "one data block, nothing else");
    assertEquals(
        "Harbour </script><script>alert(1)</script> <!--", jsonLd(page).getString("headline"));
    assertTrue(
        StoryPageWriter.CONTENT_SECURITY_POLICY.contains("default-src 'none'"),
        "and no script would run anyway");
  }

  @Test
  void aStoryWithoutPictureOrBylineLeavesThemOut() {
    FeedStory story = FeedRendererTest.page().entries().get(0).changed(p -> p.byline = null);
    JsonObject article = jsonLd(page(story));
    assertFalse(article.containsKey("image"));
    assertFalse(article.containsKey("author"));
    assertTrue(page(story).select("meta[property=og:image]").isEmpty());
  }

  private static String og(Document page, String property) {
    return page.selectFirst("meta[property=" + property + "]").attr("content");
  }
}

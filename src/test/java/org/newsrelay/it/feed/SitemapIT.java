package org.newsrelay.it.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Copy;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;
import org.newsrelay.it.support.Wire;

/**
 * Google News sitemaps per public variant, linked from robots.txt: the last two days' public
 * stories with their headline in the variant's script, news:language as Google names it and
 * hreflang alternates; a killed or held story leaves at once, an embargoed one is not there; and a
 * story page's NewsArticle JSON-LD.
 */
class SitemapIT extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private Document sitemap(String lang) {
    HttpResponse<String> response = reader.get("/sitemaps/news/" + lang + ".xml");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
    return Jsoup.parse(response.body(), "", Parser.xmlParser());
  }

  private static Element url(Document sitemap, String id, String lang) {
    for (Element url : sitemap.select("url")) {
      if (url.selectFirst("loc").text().endsWith("/stories/" + id + "/" + lang)) {
        return url;
      }
    }
    return null;
  }

  @Test
  void eachVariantListsItsStoriesInItsScriptAndLanguage() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String chinese =
        wire.publish(
            Wire.story(
                "zh-Hans", "网络软件公司上市" + token, Copy.distinct("网络软件" + token), Instant.now()));
    String english = wire.publish("Harbour sitemap " + token);

    Document index = Jsoup.parse(reader.get("/sitemaps/news.xml").body(), "", Parser.xmlParser());
    for (String lang : new String[] {"en", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"}) {
      assertTrue(
          index.select("sitemap > loc").stream()
              .anyMatch(l -> l.text().endsWith("/sitemaps/news/" + lang + ".xml")),
          lang + " in " + index);
    }

    Element taiwan = url(sitemap("zh-Hant-TW"), chinese, "zh-Hant-TW");
    assertEquals("zh-tw", taiwan.selectFirst("news|language").text());
    assertEquals(taiwanese("网络软件公司上市" + token), taiwan.selectFirst("news|title").text());
    assertEquals(4, taiwan.select("xhtml|link[rel=alternate]").size(), "every Chinese variant");
    assertTrue(
        taiwan.select("xhtml|link").stream()
            .anyMatch(
                l ->
                    l.attr("hreflang").equals("zh-Hant-HK")
                        && l.attr("href").endsWith("/stories/" + chinese + "/zh-Hant-HK")));
    assertEquals(
        "zh-cn", url(sitemap("zh-Hans"), chinese, "zh-Hans").selectFirst("news|language").text());
    assertEquals(
        "zh-tw",
        url(sitemap("zh-Hant-HK"), chinese, "zh-Hant-HK").selectFirst("news|language").text());
    Element en = url(sitemap("en"), english, "en");
    assertEquals("en", en.selectFirst("news|language").text());
    assertEquals("Harbour sitemap " + token, en.selectFirst("news|title").text());
    assertFalse(
        Instant.parse(en.selectFirst("news|publication_date").text())
            .isBefore(Instant.now().minusSeconds(600)));

    String robots = reader.get("/robots.txt").body();
    assertTrue(robots.contains("Sitemap: " + http.uri("/sitemaps/news.xml")), robots);
  }

  @Test
  void killedHeldAndEmbargoedStoriesAreNotListed() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String killed = wire.publish("Sitemap kill " + token);
    String held = wire.publish("Sitemap hold " + token);
    assertTrue(url(sitemap("en"), killed, "en") != null, "listed while public");
    assertEquals(200, editor.kill(killed, "Legal").statusCode());
    assertEquals(200, editor.hold(held).statusCode());
    Document after = sitemap("en");
    assertEquals(null, url(after, killed, "en"), "a kill leaves at once");
    assertEquals(null, url(after, held, "en"), "a hold too");

    String embargoed =
        wire.push(
            Wire.english("Sitemap embargo " + token)
                .add("embargoed", Instant.now().plus(Duration.ofHours(2)).toString()));
    Http.eventually(
        WAIT, () -> http.getAuthorized("/api/v1/stories/" + embargoed), r -> r.statusCode() == 200);
    assertEquals(null, url(sitemap("en"), embargoed, "en"), "not before its embargo");
    assertEquals(404, reader.get("/sitemaps/news/fr.xml").statusCode());
  }

  @Test
  void aStoryPageCarriesNewsArticleJsonLd() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String id =
        wire.publish(
            Wire.story("zh-Hans", "台风过境港口恢复作业" + token, Copy.distinct("台风" + token), Instant.now())
                .add("byline", "记者 张伟"));
    Document page = Jsoup.parse(reader.page(id, "zh-Hant-TW").body());
    JsonObject article =
        Json.createReader(
                new StringReader(page.selectFirst("script[type=application/ld+json]").data()))
            .readObject();
    assertEquals("NewsArticle", article.getString("@type"));
    assertEquals(taiwanese("台风过境港口恢复作业" + token), article.getString("headline"));
    assertEquals("zh-Hant-TW", article.getString("inLanguage"));
    assertEquals(
        taiwanese("记者 张伟"), article.getJsonArray("author").getJsonObject(0).getString("name"));
    assertTrue(article.getString("url").endsWith("/stories/" + id + "/zh-Hant-TW"));
    assertEquals("zh_TW", page.selectFirst("meta[property=og:locale]").attr("content"));
  }
}

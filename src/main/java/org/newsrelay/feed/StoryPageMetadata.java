package org.newsrelay.feed;

import static org.newsrelay.feed.FeedCatalogue.escape;

import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import org.newsrelay.platform.Json;
import org.newsrelay.story.Language;
import org.newsrelay.story.Media;

/**
 * What a story page tells search engines and link previews, in the page's own script: schema.org
 * {@code NewsArticle} as JSON-LD and Open Graph's article tags. A data block runs nothing, so the
 * page's Content-Security-Policy (no script at all) stands.
 */
final class StoryPageMetadata {
  /** The publisher every page names: the server, as its feeds' titles do. */
  static final String PUBLISHER = "newsrelay";

  private StoryPageMetadata() {}

  static String head(FeedStory story, String self, FeedLinks links) {
    StringBuilder html = new StringBuilder(1024);
    meta(html, "og:type", "article");
    meta(html, "og:site_name", PUBLISHER);
    meta(html, "og:title", story.headline());
    if (story.summary() != null) {
      meta(html, "og:description", story.summary());
    }
    meta(html, "og:url", self);
    meta(html, "og:locale", locale(story.language()));
    for (Language variant : story.otherVariants()) {
      meta(html, "og:locale:alternate", locale(variant));
    }
    String image = image(story);
    if (image != null) {
      meta(html, "og:image", image);
      Media picture = story.media().get(0);
      if (picture.alt() != null || picture.caption() != null) {
        meta(html, "og:image:alt", picture.altText());
      }
    }
    meta(html, "article:published_time", story.published().toString());
    meta(html, "article:modified_time", story.updated().toString());
    html.append("<script type=\"application/ld+json\">")
        // "<" as \u003c: no "</script>" or "<!--" in the data can end the block early.
        .append(newsArticle(story, self, links).toString().replace("<", "\\u003c"))
        .append("</script>\n");
    return html.toString();
  }

  /** schema.org NewsArticle, as Google's article structured data reads it. */
  static jakarta.json.JsonObject newsArticle(FeedStory story, String self, FeedLinks links) {
    JsonObjectBuilder article =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "NewsArticle")
            .add("mainEntityOfPage", self)
            .add("url", self)
            .add("headline", story.headline())
            .add("inLanguage", story.language().tag())
            .add("datePublished", story.published().toString())
            .add("dateModified", story.updated().toString())
            .add(
                "publisher",
                Json.createObjectBuilder()
                    .add("@type", "Organization")
                    .add("name", PUBLISHER)
                    .add("url", links.index().toString()));
    if (story.summary() != null) {
      article.add("description", story.summary());
    }
    if (story.byline() != null) {
      article.add(
          "author",
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("@type", "Person").add("name", story.byline())));
    }
    String image = image(story);
    if (image != null) {
      article.add("image", Json.createArrayBuilder().add(image));
    }
    if (story.rights() != null && story.rights().statement() != null) {
      article.add("copyrightNotice", story.rights().statement());
    }
    return article.build();
  }

  private static String image(FeedStory story) {
    return MediaMarkup.image(story);
  }

  /** Open Graph's locale: language_TERRITORY ({@code zh_TW}, {@code zh_HK}, {@code zh_CN}). */
  static String locale(Language language) {
    return switch (language.tag().toLowerCase(Locale.ROOT)) {
      case "zh-hans" -> "zh_CN";
      case "zh-hant", "zh-hant-tw" -> "zh_TW";
      case "zh-hant-hk" -> "zh_HK";
      default -> "en_US";
    };
  }

  private static void meta(StringBuilder html, String property, String content) {
    html.append("<meta property=\"")
        .append(property)
        .append("\" content=\"")
        .append(escape(content))
        .append("\">\n");
  }
}

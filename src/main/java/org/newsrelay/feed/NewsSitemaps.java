package org.newsrelay.feed;

import static org.newsrelay.feed.FeedCatalogue.escape;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsrelay.story.Language;
import org.newsrelay.story.Story;

/**
 * Google News sitemaps: one per public variant ({@code /sitemaps/news/{lang}.xml}) with the stories
 * of the last two days (at most 1,000, newest first, one per cluster as the feeds show them), each
 * with its headline in the variant's script, {@code news:language} as Google names it and {@code
 * xhtml:link hreflang} alternates to its other variants; and an index of them ({@code
 * /sitemaps/news.xml}). Cached with the feeds of the language, so a kill or a hold takes a story
 * out at once.
 */
@ApplicationScoped
public class NewsSitemaps {
  /** Google News reads only what was published in the last two days. */
  static final Duration WINDOW = Duration.ofDays(2);

  /** Google's limit per news sitemap. */
  static final int MAX_URLS = 1000;

  static final String TYPE = "application/xml";

  /** Stories leave the window as time passes, without any change announcing it. */
  static final Duration REFRESH = Duration.ofMinutes(10);

  @Inject FeedSelection selection;
  @Inject FeedService feeds;
  @Inject FeedCache cache;

  public RenderedDocument sitemap(String lang, URI base) {
    Language language = FeedService.language(lang);
    Instant now = Instant.now();
    return cache.document(
        language,
        "news-sitemap|" + language.tag() + "|" + base,
        now,
        () -> render(language, new FeedLinks(base), now));
  }

  public RenderedDocument index(URI base) {
    FeedLinks links = new FeedLinks(base);
    Instant now = Instant.now();
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (Language language : Language.values()) {
      xml.append("<sitemap><loc>")
          .append(escape(sitemapUrl(links, language)))
          .append("</loc></sitemap>\n");
    }
    xml.append("</sitemapindex>\n");
    return RenderedDocument.of(
        xml.toString().getBytes(StandardCharsets.UTF_8), TYPE, now, now.plus(REFRESH));
  }

  static String sitemapUrl(FeedLinks links, Language language) {
    return links.newsSitemap(language).toString();
  }

  private RenderedDocument render(Language language, FeedLinks links, Instant now) {
    List<Story> stories = selection.recent(language, now.minus(WINDOW), MAX_URLS, now);
    Map<UUID, FeedStory> shown = feeds.renditions(stories, language);
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\""
                + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    Instant updated = Instant.EPOCH;
    for (Story story : stories) {
      FeedStory entry =
          FeedRenderer.readable(shown.get(story.id()), org.newsrelay.text.TextEngine.standard());
      xml.append("<url><loc>")
          .append(escape(links.storyPage(story.id(), language).toString()))
          .append("</loc>");
      if (language.isChinese()) {
        for (Language variant : FeedSelection.storedLanguages(language)) {
          xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
              .append(variant.tag())
              .append("\" href=\"")
              .append(escape(links.storyPage(story.id(), variant).toString()))
              .append("\"/>");
        }
      }
      xml.append("<news:news><news:publication><news:name>")
          .append(StoryPageMetadata.PUBLISHER)
          .append("</news:name><news:language>")
          .append(googleLanguage(language))
          .append("</news:language></news:publication><news:publication_date>")
          .append(entry.published())
          .append("</news:publication_date><news:title>")
          .append(escape(entry.headline()))
          .append("</news:title></news:news></url>\n");
      updated = updated.isAfter(story.updatedAt()) ? updated : story.updatedAt();
    }
    xml.append("</urlset>\n");
    Instant embargo = selection.nextEmbargo(language, now);
    Instant next = now.plus(REFRESH);
    return RenderedDocument.of(
        xml.toString().getBytes(StandardCharsets.UTF_8),
        TYPE,
        updated,
        embargo != null && embargo.isBefore(next) ? embargo : next);
  }

  /**
   * Google News names Chinese {@code zh-cn} and {@code zh-tw} only: Simplified is zh-cn, every
   * Traditional variant (Hong Kong's too) zh-tw; other languages by their ISO 639 code.
   */
  static String googleLanguage(Language language) {
    if (!language.isChinese()) {
      return language.tag().toLowerCase(java.util.Locale.ROOT);
    }
    return language == Language.ZH_HANS ? "zh-cn" : "zh-tw";
  }
}

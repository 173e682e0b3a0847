package org.newsrelay.feed;

import static org.newsrelay.feed.FeedCatalogue.escape;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.newsrelay.platform.Messages;
import org.newsrelay.story.Language;
import org.newsrelay.text.TextEngine;

/**
 * The public page of a story in one language: readable on a phone, with hreflang alternates for its
 * other variants and discovery links for the feeds it appears in.
 */
final class StoryPageWriter {
  /** Inline, so a phone renders the page from one response. */
  static final String STYLE =
      "<style>body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,\"Noto Sans CJK SC\","
          + "\"PingFang TC\",sans-serif;color:#1a1a1a;background:#fff}"
          + "main,article{max-width:40rem;margin:0 auto;padding:1rem}"
          + "h1{font-size:1.6rem;line-height:1.3}img{max-width:100%;height:auto}"
          + ".meta,.summary,nav{color:#555}.summary{font-size:1.1rem}"
          + "nav a{margin-right:.75rem}a{color:#0645ad}"
          + "@media (prefers-color-scheme:dark){body{background:#111;color:#eee}"
          + ".meta,.summary,nav{color:#aaa}a{color:#8ab4f8}}</style>\n";

  /**
   * Nothing on the page runs, and nothing loads but images and the page's own style (allowed by its
   * hash, not by 'unsafe-inline'): should markup ever slip past the sanitiser, a reader's browser
   * still refuses its scripts, frames, forms and plugins.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; img-src https: http:; style-src '"
          + styleHash()
          + "'; base-uri 'none'; form-action 'none'";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  String write(FeedStory rendition, FeedLinks links) {
    // Whoever built the rendition, the page shows only what FeedRenderer lets into a feed.
    FeedStory story = FeedRenderer.readable(rendition, TextEngine.standard());
    Language language = story.language();
    String tag = language.tag();
    String self = links.storyPage(story.id(), language).toString();
    StringBuilder html = new StringBuilder(story.contentHtml().length() + 4096);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(tag)
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(story.headline()))
        .append("</title>\n");
    if (story.summary() != null) {
      html.append("<meta name=\"description\" content=\"")
          .append(escape(story.summary()))
          .append("\">\n");
    }
    html.append("<link rel=\"canonical\" href=\"").append(escape(self)).append("\">\n");
    html.append(StoryPageMetadata.head(story, self, links));
    alternate(html, tag, self);
    for (Language variant : story.otherVariants()) {
      alternate(html, variant.tag(), links.storyPage(story.id(), variant).toString());
    }
    for (FeedStory.Translation translation : story.translations()) {
      alternate(
          html,
          translation.language().tag(),
          links.storyPage(translation.storyId(), translation.language()).toString());
    }
    for (FeedFormat format : FeedFormat.values()) {
      html.append("<link rel=\"alternate\" type=\"")
          .append(format.type())
          .append("\" title=\"")
          .append(escape(Messages.get(tag, "feed.all.title") + " (" + format.label() + ")"))
          .append("\" href=\"")
          .append(escape(links.feed(language, FeedTopic.ALL, format).toString()))
          .append("\">\n");
    }
    html.append(STYLE)
        .append("</head>\n<body>\n<article>\n<h1>")
        .append(escape(story.headline()))
        .append("</h1>\n<p class=\"meta\">");
    if (story.byline() != null) {
      html.append(escape(story.byline())).append(" · ");
    }
    html.append(escape(Messages.get(tag, "page.published")))
        .append(" <time datetime=\"")
        .append(story.published())
        .append("\">")
        .append(DATE.format(story.published()))
        .append("</time>");
    if (story.updated().isAfter(story.published())) {
      html.append(" · ")
          .append(escape(Messages.get(tag, "page.updated")))
          .append(" <time datetime=\"")
          .append(story.updated())
          .append("\">")
          .append(DATE.format(story.updated()))
          .append("</time>");
    }
    html.append("</p>\n");
    if (story.summary() != null) {
      html.append("<p class=\"summary\">").append(escape(story.summary())).append("</p>\n");
    }
    // Sanitised when rendered: only the text engine's allowlist of tags survives.
    html.append("<div class=\"body\">").append(story.contentHtmlWithSources()).append("</div>\n");
    if (story.rights() != null) {
      html.append("<p class=\"rights\"><small>")
          .append(escape(story.rights().statement()))
          .append("</small></p>\n");
    }
    if (story.link() != null) {
      html.append("<p><a rel=\"external\" href=\"")
          .append(escape(story.link()))
          .append("\">")
          .append(escape(Messages.get(tag, "page.original")))
          .append("</a></p>\n");
    }
    if (!story.otherVariants().isEmpty() || !story.translations().isEmpty()) {
      html.append("<nav>").append(escape(Messages.get(tag, "page.alternates"))).append(" ");
      for (Language variant : story.otherVariants()) {
        navLink(html, variant, links.storyPage(story.id(), variant).toString());
      }
      for (FeedStory.Translation translation : story.translations()) {
        navLink(
            html,
            translation.language(),
            links.storyPage(translation.storyId(), translation.language()).toString());
      }
      html.append("</nav>\n");
    }
    html.append("<p><a href=\"")
        .append(escape(links.feed(language, FeedTopic.ALL, FeedFormat.ATOM).toString()))
        .append("\">")
        .append(escape(Messages.get(tag, "page.subscribe")))
        .append("</a></p>\n</article>\n</body>\n</html>\n");
    return html.toString();
  }

  /** CSP's hash of the inline style: SHA-256 of the text between the style tags, in base64. */
  private static String styleHash() {
    String css = STYLE.substring(STYLE.indexOf('>') + 1, STYLE.lastIndexOf("</style>"));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void alternate(StringBuilder html, String tag, String href) {
    html.append("<link rel=\"alternate\" hreflang=\"")
        .append(tag)
        .append("\" href=\"")
        .append(escape(href))
        .append("\">\n");
  }

  private static void navLink(StringBuilder html, Language language, String href) {
    html.append("<a hreflang=\"")
        .append(language.tag())
        .append("\" lang=\"")
        .append(language.tag())
        .append("\" href=\"")
        .append(escape(href))
        .append("\">")
        .append(escape(Messages.get(language.tag(), "feed.language.name")))
        .append("</a>");
  }
}

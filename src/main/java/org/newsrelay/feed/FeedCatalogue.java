package org.newsrelay.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.newsrelay.platform.Messages;
import org.newsrelay.story.Language;

/** Every public feed: as OPML 2.0 for feed readers, and as an HTML page with discovery links. */
@ApplicationScoped
public class FeedCatalogue {
  /** The catalogue changes only with a deployment or a new topic. */
  private static final Duration KEPT = Duration.ofHours(1);

  @Inject FeedTopics topics;
  @Inject FeedCache cache;

  /** One public feed, titled in its own language. */
  record Listing(
      Language language, FeedTopic topic, FeedFormat format, String title, String description) {}

  List<Listing> listings() {
    List<Listing> listings = new ArrayList<>();
    for (Language language : Language.values()) {
      String tag = language.tag();
      // The advisories too: partners and readers who took a story learn of its holds and kills.
      List<FeedTopic> listed = new ArrayList<>(topics.publicTopics());
      listed.add(FeedTopic.ADVISORIES);
      for (FeedTopic topic : listed) {
        String key = topic.messageKey();
        String title = Messages.get(tag, key + ".title", topic.name(tag));
        String description = Messages.get(tag, key + ".description", topic.name(tag));
        for (FeedFormat format : FeedFormat.values()) {
          listings.add(
              new Listing(
                  language, topic, format, title + " (" + format.label() + ")", description));
        }
      }
    }
    return listings;
  }

  RenderedDocument opml(FeedLinks links) {
    Instant now = Instant.now();
    return cache.document(
        Language.EN,
        "opml|" + links.base(),
        now,
        () -> {
          byte[] body = opmlBytes(links);
          return RenderedDocument.of(
              body, "text/x-opml;charset=UTF-8", Instant.EPOCH, now.plus(KEPT));
        });
  }

  RenderedDocument index(FeedLinks links) {
    Instant now = Instant.now();
    return cache.document(
        Language.EN,
        "index|" + links.base(),
        now,
        () ->
            RenderedDocument.of(
                indexHtml(links).getBytes(StandardCharsets.UTF_8),
                "text/html;charset=UTF-8",
                Instant.EPOCH,
                now.plus(KEPT)));
  }

  byte[] opmlBytes(FeedLinks links) {
    Element opml = new Element("opml").setAttribute("version", "2.0");
    Element head = new Element("head");
    head.addContent(new Element("title").setText(Messages.get("en", "page.index.title")));
    head.addContent(new Element("docs").setText("http://opml.org/spec2.opml"));
    opml.addContent(head);
    Element body = new Element("body");
    Element group = null;
    Language current = null;
    for (Listing listing : listings()) {
      if (listing.language() != current) {
        current = listing.language();
        group = new Element("outline");
        group.setAttribute("text", Messages.get(current.tag(), "feed.language.name"));
        body.addContent(group);
      }
      Element outline = new Element("outline");
      outline.setAttribute("type", "rss");
      outline.setAttribute("text", listing.title());
      outline.setAttribute("title", listing.title());
      outline.setAttribute("description", listing.description());
      outline.setAttribute("language", listing.language().tag());
      outline.setAttribute(
          "xmlUrl", links.feed(listing.language(), listing.topic(), listing.format()).toString());
      outline.setAttribute("htmlUrl", links.index().toString());
      group.addContent(outline);
    }
    opml.addContent(body);
    return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8"))
        .outputString(new Document(opml))
        .getBytes(StandardCharsets.UTF_8);
  }

  String indexHtml(FeedLinks links) {
    List<Listing> listings = listings();
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(Messages.get("en", "page.index.title")))
        .append("</title>\n");
    for (Listing listing : listings) {
      html.append("<link rel=\"alternate\" type=\"")
          .append(listing.format().type())
          .append("\" hreflang=\"")
          .append(listing.language().tag())
          .append("\" title=\"")
          .append(escape(listing.title()))
          .append("\" href=\"")
          .append(
              escape(links.feed(listing.language(), listing.topic(), listing.format()).toString()))
          .append("\">\n");
    }
    html.append("<link rel=\"outline\" type=\"text/x-opml\" href=\"")
        .append(escape(links.opml().toString()))
        .append("\">\n")
        .append(StoryPageWriter.STYLE)
        .append("</head>\n<body>\n<main>\n<h1>")
        .append(escape(Messages.get("en", "page.index.title")))
        .append("</h1>\n<p>")
        .append(escape(Messages.get("en", "page.index.intro")))
        .append("</p>\n");
    Language current = null;
    for (Listing listing : listings) {
      if (listing.language() != current) {
        if (current != null) {
          html.append("</ul>\n</section>\n");
        }
        current = listing.language();
        html.append("<section lang=\"")
            .append(current.tag())
            .append("\">\n<h2>")
            .append(escape(Messages.get(current.tag(), "feed.language.name")))
            .append("</h2>\n<ul>\n");
      }
      html.append("<li><a type=\"")
          .append(listing.format().type())
          .append("\" href=\"")
          .append(
              escape(links.feed(listing.language(), listing.topic(), listing.format()).toString()))
          .append("\">")
          .append(escape(listing.title()))
          .append("</a></li>\n");
    }
    html.append("</ul>\n</section>\n<p><a href=\"")
        .append(escape(links.opml().toString()))
        .append("\">")
        .append(escape(Messages.get("en", "page.opml")))
        .append("</a></p>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

package org.newsrelay.feed;

import static org.newsrelay.feed.FeedCatalogue.escape;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.newsrelay.platform.Json;
import org.newsrelay.platform.Messages;
import org.newsrelay.story.Advisory;
import org.newsrelay.text.TextEngine;

/**
 * An advisories feed in the three formats: the feed's own parts as every feed has them (the writers
 * of {@link FeedRenderer}, given a page without entries), then one entry per advisory. An entry
 * names its kind as a category in {@link FeedExtensions#ADVISORY_SCHEME}, answers the story's own
 * entry by its id (Atom Threading's {@code thr:in-reply-to}; in JSON Feed the {@code _advisory}
 * object), links to the story's page, and says in words what happened and what the desk told
 * partners, in the feed's language.
 */
final class AdvisoryWriter {
  private static final DateTimeFormatter RFC_822 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final TextEngine text;
  private final AtomWriter atom = new AtomWriter();
  private final RssWriter rss;
  private final JsonFeedWriter json;

  AdvisoryWriter(TextEngine text) {
    this.text = text;
    this.rss = new RssWriter(text);
    this.json = new JsonFeedWriter(text);
  }

  /** An advisory in the words of the feed's language, cleaned for any format. */
  record Words(
      Advisory advisory, String title, String summary, String html, URI storyPage, String tag) {}

  byte[] render(FeedPage page, List<Advisory> advisories, FeedFormat format) {
    FeedPage empty = page.withEntries(List.of(), List.of());
    List<Words> entries = advisories.stream().map(a -> words(a, page)).toList();
    return switch (format) {
      case ATOM -> xml(atom(atom.write(empty), entries));
      case RSS -> xml(rss(rss.write(empty), entries));
      case JSON -> json(json.write(empty), entries);
    };
  }

  Words words(Advisory advisory, FeedPage page) {
    String tag = page.language().tag();
    String kind = advisory.kind().value();
    String headline = clean(advisory.headline());
    String name =
        headline != null
            ? headline
            : Messages.get(tag, "advisory.unnamed", advisory.storyId().toString().substring(0, 8));
    String sentence = Messages.get(tag, "advisory." + kind);
    String notice = clean(advisory.notice());
    if (notice != null && advisory.kind() == Advisory.Kind.CORRECTED) {
      notice = FeedExtensions.correctionLine(tag, notice);
    }
    URI storyPage = page.links().storyPage(advisory.storyId(), page.language());
    StringBuilder html = new StringBuilder("<p>").append(escape(sentence)).append("</p>");
    if (notice != null) {
      html.append("<p>").append(escape(notice)).append("</p>");
    }
    // A killed story's page answers 410 Gone; its link is there to name it, not to read it.
    html.append("<p><a href=\"")
        .append(escape(storyPage.toString()))
        .append("\">")
        .append(escape(headline != null ? headline : Messages.get(tag, "advisory.link")))
        .append("</a></p>");
    return new Words(
        advisory,
        Messages.get(tag, "advisory." + kind + ".title", name),
        notice == null ? sentence : sentence + " " + notice,
        html.toString(),
        storyPage,
        tag);
  }

  private String clean(String value) {
    String clean = value == null ? null : text.xmlSafe(value).strip();
    return clean == null || clean.isEmpty() ? null : clean;
  }

  private static Document atom(Document feed, List<Words> entries) {
    Element root = feed.getRootElement();
    Namespace ns = root.getNamespace();
    if (!entries.isEmpty()) {
      root.addNamespaceDeclaration(FeedExtensions.THREADING);
    }
    for (Words words : entries) {
      Advisory advisory = words.advisory();
      Element entry = new Element("entry", ns);
      entry.addContent(new Element("id", ns).setText(FeedPage.entryId(advisory.id())));
      entry.addContent(
          new Element("title", ns).setAttribute("type", "text").setText(words.title()));
      entry.addContent(new Element("updated", ns).setText(date(advisory.at())));
      entry.addContent(new Element("published", ns).setText(date(advisory.at())));
      entry.addContent(
          new Element("summary", ns).setAttribute("type", "text").setText(words.summary()));
      entry.addContent(
          new Element("content", ns).setAttribute("type", "html").setText(words.html()));
      entry.addContent(
          new Element("link", ns)
              .setAttribute("rel", "alternate")
              .setAttribute("type", AtomWriter.HTML)
              .setAttribute("hreflang", words.tag())
              .setAttribute("href", words.storyPage().toString()));
      entry.addContent(
          new Element("category", ns)
              .setAttribute("term", advisory.kind().value())
              .setAttribute("scheme", FeedExtensions.ADVISORY_SCHEME)
              .setAttribute("label", FeedExtensions.label(words.tag(), advisory.kind().value())));
      entry.addContent(inReplyTo(words));
      root.addContent(entry);
    }
    return feed;
  }

  private static Document rss(Document feed, List<Words> entries) {
    Element channel = feed.getRootElement().getChild("channel");
    if (!entries.isEmpty()) {
      feed.getRootElement().addNamespaceDeclaration(FeedExtensions.THREADING);
    }
    for (Words words : entries) {
      Advisory advisory = words.advisory();
      Element item = new Element("item");
      item.addContent(new Element("title").setText(words.title()));
      item.addContent(new Element("link").setText(words.storyPage().toString()));
      // RSS readers take the description as HTML: it is the entry's HTML, escaped once as XML.
      item.addContent(new Element("description").setText(words.html()));
      item.addContent(
          new Element("category")
              .setAttribute("domain", FeedExtensions.ADVISORY_SCHEME)
              .setText(advisory.kind().value()));
      item.addContent(
          new Element("guid")
              .setAttribute("isPermaLink", "false")
              .setText(FeedPage.entryId(advisory.id())));
      item.addContent(new Element("pubDate").setText(RFC_822.format(advisory.at())));
      item.addContent(inReplyTo(words));
      channel.addContent(item);
    }
    return feed;
  }

  /** Atom Threading's reference to the story's own entry, by its id, and to its page. */
  private static Element inReplyTo(Words words) {
    return new Element("in-reply-to", FeedExtensions.THREADING)
        .setAttribute("ref", FeedPage.entryId(words.advisory().storyId()))
        .setAttribute("href", words.storyPage().toString())
        .setAttribute("type", AtomWriter.HTML);
  }

  private byte[] json(JsonObject feed, List<Words> entries) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (Words words : entries) {
      Advisory advisory = words.advisory();
      JsonObjectBuilder extension =
          Json.createObjectBuilder()
              .add("kind", advisory.kind().value())
              .add("story", FeedPage.entryId(advisory.storyId()))
              .add("story_url", words.storyPage().toString());
      String notice = clean(advisory.notice());
      if (notice != null) {
        extension.add("notice", notice);
      }
      items.add(
          Json.createObjectBuilder()
              .add("id", FeedPage.entryId(advisory.id()))
              .add("url", words.storyPage().toString())
              .add("title", words.title())
              .add("content_html", words.html())
              .add("content_text", text.htmlToText(words.html()))
              .add("summary", words.summary())
              .add("date_published", date(advisory.at()))
              .add("date_modified", date(advisory.at()))
              .add("language", words.tag())
              .add("tags", Json.createArrayBuilder().add(advisory.kind().value()))
              .add("_advisory", extension));
    }
    StringWriter out = new StringWriter();
    try (JsonWriter writer = Json.createWriterFactory(Map.of()).createWriter(out)) {
      writer.writeObject(Json.createObjectBuilder(feed).add("items", items).build());
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** RFC 3339, to the millisecond: advisories of one second keep their order for readers. */
  private static String date(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
  }

  private static byte[] xml(Document document) {
    return new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8"))
        .outputString(document)
        .getBytes(StandardCharsets.UTF_8);
  }
}

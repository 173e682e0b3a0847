package org.newsrelay.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.newsrelay.story.Language;
import org.newsrelay.story.Media;

/**
 * Atom (RFC 4287) through Rome's exact model, with RFC 5005 paging links, a WebSub hub link,
 * hreflang alternates to the story's other variants and translations, "related" links to the other
 * sources of its cluster, and RFC 6721 deleted entries.
 */
final class AtomWriter {
  static final Namespace TOMBSTONES =
      Namespace.getNamespace("at", "http://purl.org/atompub/tombstones/1.0");
  static final String HTML = "text/html";
  static final String ATOM = "application/atom+xml";

  Document write(FeedPage page) {
    String tag = page.language().tag();
    Feed feed = new Feed("atom_1.0");
    feed.setId(page.id());
    feed.setLanguage(tag);
    feed.setTitle(page.title());
    feed.setSubtitle(text(page.description()));
    feed.setUpdated(Date.from(page.updated()));
    feed.setGenerator(generator());
    feed.setAuthors(List.of(person("newsrelay")));
    feed.setAlternateLinks(List.of(link("alternate", page.links().index(), HTML, null)));
    List<Link> others = new ArrayList<>();
    others.add(link("self", page.self(), ATOM, null));
    others.add(link("hub", page.links().hub(), null, null));
    others.add(link("first", page.first(), ATOM, null));
    if (page.next() != null) {
      others.add(link("next", page.next(), ATOM, null));
    }
    if (page.previous() != null) {
      others.add(link("previous", page.previous(), ATOM, null));
      // "prev" is the HTML spelling of the same relation; some readers look only for it.
      others.add(link("prev", page.previous(), ATOM, null));
    }
    feed.setOtherLinks(others);
    List<Entry> entries = new ArrayList<>();
    for (FeedStory story : page.entries()) {
      entries.add(entry(story, page));
    }
    feed.setEntries(entries);
    List<Element> deleted = new ArrayList<>();
    for (Tombstone tombstone : page.tombstones()) {
      deleted.add(deletedEntry(tombstone, tag));
    }
    feed.setForeignMarkup(deleted);
    try {
      Document document = new WireFeedOutput().outputJDom(feed);
      // Rome keeps the feed's language in its model but does not write it for Atom.
      document.getRootElement().setAttribute("lang", tag, Namespace.XML_NAMESPACE);
      if (!deleted.isEmpty()) {
        document.getRootElement().addNamespaceDeclaration(TOMBSTONES);
      }
      return document;
    } catch (FeedException e) {
      throw new IllegalStateException("Rome could not write the feed", e);
    }
  }

  private Entry entry(FeedStory story, FeedPage page) {
    Entry entry = new Entry();
    entry.setId(FeedPage.entryId(story.id()));
    entry.setTitle(story.headline());
    entry.setUpdated(Date.from(story.updated()));
    entry.setPublished(Date.from(story.published()));
    if (story.byline() != null) {
      entry.setAuthors(List.of(person(story.byline())));
    }
    if (story.summary() != null) {
      entry.setSummary(text(story.summary()));
    }
    Content content = new Content();
    content.setType("html");
    content.setValue(story.contentHtmlWithSources());
    entry.setContents(List.of(content));
    if (story.rights() != null) {
      // RFC 4287 4.2.10: the entry's own rights, as the wire stated them.
      entry.setRights(story.rights().statement());
    }
    List<Link> alternates = new ArrayList<>();
    FeedLinks links = page.links();
    alternates.add(
        link("alternate", links.storyPage(story.id(), story.language()), HTML, story.language()));
    for (Language variant : story.otherVariants()) {
      alternates.add(link("alternate", links.storyPage(story.id(), variant), HTML, variant));
    }
    for (FeedStory.Translation translation : story.translations()) {
      alternates.add(
          link(
              "alternate",
              links.storyPage(translation.storyId(), translation.language()),
              HTML,
              translation.language()));
    }
    entry.setAlternateLinks(alternates);
    List<Link> others = new ArrayList<>();
    if (story.link() != null) {
      // The story where it was first published.
      others.add(link("via", URI.create(story.link()), HTML, null));
    }
    for (FeedStory.Source source : story.sources()) {
      // "related", not "via": another wire's telling of the same story, not where this text came
      // from (RFC 4287 4.2.7.2).
      Link related = link("related", URI.create(source.url()), HTML, null);
      related.setTitle(source.name());
      others.add(related);
    }
    for (Media media : story.media()) {
      // RFC 4287 4.2.7.2: each picture's largest file, for readers that show enclosures.
      Media.File file = media.largest();
      if (file.contentType() != null) {
        Link enclosure = link("enclosure", URI.create(file.href()), file.contentType(), null);
        if (file.bytes() != null) {
          enclosure.setLength(file.bytes());
        }
        String caption = MediaMarkup.captionLine(media);
        if (caption != null) {
          enclosure.setTitle(caption);
        }
        others.add(enclosure);
      }
    }
    entry.setOtherLinks(others);
    var mediaRss = MediaMarkup.mediaRss(story);
    if (mediaRss != null) {
      List<com.rometools.rome.feed.module.Module> modules = new ArrayList<>(entry.getModules());
      modules.add(mediaRss);
      entry.setModules(modules);
    }
    List<Category> categories = new ArrayList<>();
    for (String name : story.categories()) {
      Category category = new Category();
      category.setTerm(name);
      categories.add(category);
    }
    if (story.correction() != null) {
      // Corrected: for software, a category in the advisories' scheme and the note itself.
      Category corrected = new Category();
      corrected.setTerm(FeedExtensions.CORRECTED);
      corrected.setScheme(FeedExtensions.ADVISORY_SCHEME);
      corrected.setLabel(FeedExtensions.label(page.language().tag(), FeedExtensions.CORRECTED));
      categories.add(corrected);
      entry.setForeignMarkup(FeedExtensions.correction(story));
    }
    entry.setCategories(categories);
    return entry;
  }

  private static Element deletedEntry(Tombstone tombstone, String tag) {
    Element deleted = new Element("deleted-entry", TOMBSTONES);
    deleted.setAttribute("ref", FeedPage.entryId(tombstone.storyId()));
    deleted.setAttribute("when", tombstone.killedAt().toString());
    if (tombstone.reason() != null && !tombstone.reason().isBlank()) {
      Element comment = new Element("comment", TOMBSTONES);
      comment.setAttribute("lang", tag, Namespace.XML_NAMESPACE);
      comment.setText(tombstone.reason());
      deleted.addContent(comment);
    }
    return deleted;
  }

  private static com.rometools.rome.feed.atom.Generator generator() {
    var generator = new com.rometools.rome.feed.atom.Generator();
    generator.setValue("newsrelay");
    return generator;
  }

  private static Content text(String value) {
    Content content = new Content();
    content.setType("text");
    content.setValue(value);
    return content;
  }

  private static Person person(String name) {
    Person person = new Person();
    person.setName(name);
    return person;
  }

  static Link link(String rel, URI href, String type, Language hreflang) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href.toString());
    if (type != null) {
      link.setType(type);
    }
    if (hreflang != null) {
      link.setHreflang(hreflang.tag());
    }
    return link;
  }
}

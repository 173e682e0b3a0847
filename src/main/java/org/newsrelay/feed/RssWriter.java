package org.newsrelay.feed;

import static org.newsrelay.feed.FeedCatalogue.escape;

import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.newsrelay.story.Media;
import org.newsrelay.text.TextEngine;

/**
 * RSS 2.0: guid, RFC 822 dates, language, the full story in content:encoded, dc:creator for the
 * byline (RSS's own author element wants an e-mail address), dc:rights for the wire's rights, and
 * atom:link for self, hub and paging.
 */
final class RssWriter {
  private static final int DESCRIPTION_CHARS = 400;
  private static final String RSS = "application/rss+xml";

  private final TextEngine text;

  RssWriter(TextEngine text) {
    this.text = text;
  }

  Document write(FeedPage page) {
    Channel channel = new Channel("rss_2.0");
    channel.setTitle(page.title());
    channel.setDescription(page.description());
    channel.setLink(page.links().index().toString());
    channel.setLanguage(page.language().tag());
    channel.setLastBuildDate(Date.from(page.updated()));
    channel.setGenerator("newsrelay");
    channel.setDocs("https://www.rssboard.org/rss-specification");
    List<Item> items = new ArrayList<>();
    for (FeedStory story : page.entries()) {
      items.add(item(story, page));
    }
    channel.setItems(items);
    List<Element> links = new ArrayList<>(channel.getForeignMarkup());
    links.add(AtomSelfLink.of("self", page.self(), RSS));
    links.add(AtomSelfLink.of("hub", page.links().hub(), null));
    links.add(AtomSelfLink.of("first", page.first(), RSS));
    if (page.next() != null) {
      links.add(AtomSelfLink.of("next", page.next(), RSS));
    }
    if (page.previous() != null) {
      links.add(AtomSelfLink.of("previous", page.previous(), RSS));
    }
    channel.setForeignMarkup(links);
    try {
      return new WireFeedOutput().outputJDom(channel);
    } catch (FeedException e) {
      throw new IllegalStateException("Rome could not write the feed", e);
    }
  }

  private Item item(FeedStory story, FeedPage page) {
    Item item = new Item();
    item.setTitle(story.headline());
    URI storyPage = page.links().storyPage(story.id(), story.language());
    // RSS has one link: readers expect the story where it was first published, when there is one.
    item.setLink(story.link() != null ? story.link() : storyPage.toString());
    Guid guid = new Guid();
    guid.setPermaLink(false);
    guid.setValue(FeedPage.entryId(story.id()));
    item.setGuid(guid);
    item.setPubDate(Date.from(story.published()));
    // Readers take <description> as HTML. The summary is plain text, so it is escaped as HTML
    // here, and then once more as XML by the writer: a summary reading "<img onerror=...>" shows as
    // those characters, never as an image. (XML escaping alone left it live markup in readers.)
    Description description = new Description();
    description.setType("text/html");
    description.setValue(
        escape(
            story.summary() != null
                ? story.summary()
                : text.truncate(text.htmlToText(story.contentHtml()), DESCRIPTION_CHARS)));
    String correction = FeedExtensions.correctionLine(story);
    if (correction != null) {
      // Readers that show only the description see the correction first.
      description.setValue("<p>" + escape(correction) + "</p>" + description.getValue());
    }
    item.setDescription(description);
    Content content = new Content();
    content.setType(Content.HTML);
    content.setValue(story.contentHtmlWithSources());
    item.setContent(content);
    List<Category> categories = new ArrayList<>();
    for (String name : story.categories()) {
      Category category = new Category();
      category.setValue(name);
      categories.add(category);
    }
    if (correction != null) {
      Category corrected = new Category();
      corrected.setDomain(FeedExtensions.ADVISORY_SCHEME);
      corrected.setValue(FeedExtensions.CORRECTED);
      categories.add(corrected);
    }
    item.setCategories(categories);
    if (story.byline() != null || story.rights() != null) {
      DCModuleImpl dc = new DCModuleImpl();
      if (story.byline() != null) {
        dc.setCreator(story.byline());
      }
      if (story.rights() != null) {
        // RSS's own copyright is the channel's; an item's rights are Dublin Core's.
        dc.setRights(story.rights().statement());
      }
      List<Module> modules = new ArrayList<>(item.getModules());
      modules.add(dc);
      item.setModules(modules);
    }
    Media.File enclosure = MediaMarkup.enclosure(story);
    if (enclosure != null) {
      // RSS allows one enclosure: the first picture's largest file. Media RSS has them all.
      Enclosure e = new Enclosure();
      e.setUrl(enclosure.href());
      e.setType(enclosure.contentType());
      e.setLength(enclosure.bytes() == null ? 0 : enclosure.bytes());
      item.setEnclosures(List.of(e));
    }
    var mediaRss = MediaMarkup.mediaRss(story);
    if (mediaRss != null) {
      List<Module> modules = new ArrayList<>(item.getModules());
      modules.add(mediaRss);
      item.setModules(modules);
    }
    // Our page of the story in this language, beside the original, and the cluster's other
    // sources as Atom has them (RSS allows one <source> per item, and that names a feed).
    List<Element> links = new ArrayList<>();
    links.add(AtomSelfLink.of("alternate", storyPage, "text/html"));
    for (FeedStory.Source source : story.sources()) {
      Element related = AtomSelfLink.of("related", URI.create(source.url()), "text/html");
      related.setAttribute("title", source.name());
      links.add(related);
    }
    links.addAll(FeedExtensions.correction(story));
    item.setForeignMarkup(links);
    return item;
  }
}

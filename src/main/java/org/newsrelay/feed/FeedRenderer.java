package org.newsrelay.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.newsrelay.platform.Messages;
import org.newsrelay.story.Language;
import org.newsrelay.story.Story;

/**
 * Renders a page of stories with Rome's exact models (Atom's Feed, RSS's Channel) rather than its
 * lossy common one, so that xml:lang, self links and later paging and tombstones stay expressible.
 */
public final class FeedRenderer {

  /** What a feed is about and where it lives. */
  public record FeedPage(
      Language language, String topic, URI self, URI site, List<Story> stories) {}

  public String render(FeedPage page, FeedFormat format) {
    WireFeed feed = format == FeedFormat.ATOM ? atom(page) : rss(page);
    try {
      Document document = new WireFeedOutput().outputJDom(feed);
      if (format == FeedFormat.ATOM) {
        // Rome keeps the feed's language in its model but does not write it for Atom.
        document
            .getRootElement()
            .setAttribute("lang", page.language().tag(), Namespace.XML_NAMESPACE);
      }
      return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
    } catch (FeedException e) {
      throw new IllegalStateException("Rome could not write the feed", e);
    }
  }

  private Feed atom(FeedPage page) {
    String tag = page.language().tag();
    Feed feed = new Feed("atom_1.0");
    feed.setId("urn:newsrelay:feed:" + tag + ":" + page.topic());
    feed.setLanguage(tag);
    feed.setTitle(Messages.get(tag, "feed.all.title"));
    Content subtitle = new Content();
    subtitle.setType("text");
    subtitle.setValue(Messages.get(tag, "feed.all.description"));
    feed.setSubtitle(subtitle);
    feed.setUpdated(Date.from(newest(page)));
    feed.setOtherLinks(List.of(link("self", page.self(), "application/atom+xml")));
    feed.setAlternateLinks(List.of(link("alternate", page.site(), "text/html")));
    Person author = new Person();
    author.setName("newsrelay");
    feed.setAuthors(List.of(author));
    List<Entry> entries = new ArrayList<>();
    for (Story story : page.stories()) {
      Entry entry = new Entry();
      entry.setId("urn:uuid:" + story.id());
      entry.setTitle(story.headline());
      entry.setUpdated(Date.from(story.updatedAt()));
      entry.setPublished(Date.from(story.versionCreated()));
      if (story.link() != null) {
        entry.setAlternateLinks(List.of(link("alternate", URI.create(story.link()), "text/html")));
      }
      if (story.byline() != null) {
        Person byline = new Person();
        byline.setName(story.byline());
        entry.setAuthors(List.of(byline));
      }
      if (story.summary() != null) {
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(story.summary());
        entry.setSummary(summary);
      }
      Content content = new Content();
      if (story.bodyHtml() != null) {
        content.setType("html");
        content.setValue(story.bodyHtml());
      } else {
        content.setType("text");
        content.setValue(story.bodyText() == null ? "" : story.bodyText());
      }
      entry.setContents(List.of(content));
      entries.add(entry);
    }
    feed.setEntries(entries);
    return feed;
  }

  private Channel rss(FeedPage page) {
    String tag = page.language().tag();
    Channel channel = new Channel("rss_2.0");
    channel.setTitle(Messages.get(tag, "feed.all.title"));
    channel.setDescription(Messages.get(tag, "feed.all.description"));
    channel.setLink(page.site().toString());
    channel.setLanguage(tag);
    channel.setLastBuildDate(Date.from(newest(page)));
    com.rometools.rome.feed.atom.Link self = link("self", page.self(), "application/rss+xml");
    List<Item> items = new ArrayList<>();
    for (Story story : page.stories()) {
      Item item = new Item();
      item.setTitle(story.headline());
      Guid guid = new Guid();
      guid.setPermaLink(false);
      guid.setValue("urn:uuid:" + story.id());
      item.setGuid(guid);
      item.setPubDate(Date.from(story.versionCreated()));
      if (story.link() != null) {
        item.setLink(story.link());
      }
      if (story.byline() != null) {
        item.setAuthor(story.byline());
      }
      Description description = new Description();
      if (story.bodyHtml() != null) {
        description.setType("text/html");
        description.setValue(story.bodyHtml());
      } else {
        description.setType("text/plain");
        description.setValue(story.summary() != null ? story.summary() : story.bodyText());
      }
      item.setDescription(description);
      items.add(item);
    }
    channel.setItems(items);
    AtomSelfLink.attach(channel, self);
    return channel;
  }

  private static Instant newest(FeedPage page) {
    return page.stories().stream()
        .map(Story::updatedAt)
        .max(Instant::compareTo)
        .orElse(Instant.EPOCH);
  }

  private static Link link(String rel, URI href, String type) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href.toString());
    link.setType(type);
    return link;
  }
}

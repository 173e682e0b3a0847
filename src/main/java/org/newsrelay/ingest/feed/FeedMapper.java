package org.newsrelay.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Maps Rome's lossy common model onto ours, reading from the XML tree what Rome drops: hub and self
 * links, {@code xml:base} and {@code xml:lang} of Atom entries.
 */
final class FeedMapper {

  private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
  private static final String ATOM_03 = "http://purl.org/atom/ns#";

  private static final Pattern XHTML_WRAPPER =
      Pattern.compile("\\s*<div(?:\\s[^>]*)?>(.*)</div>\\s*", Pattern.DOTALL);

  private final Element root;
  private final Element container;
  private final URI documentBase;

  /** The feed's copyright (RSS) or rights (Atom), for items without their own. */
  private String feedRights;

  FeedMapper(Document document, URI baseUri) {
    this.root = document.getRootElement();
    this.container = channelOf(root);
    this.documentBase = baseUri;
  }

  ParsedFeed map(WireFeed wireFeed, SyndFeed feed, String charset, List<String> warnings) {
    feedRights = blankToNull(feed.getCopyright());
    URI feedBase = baseOf(container);
    String language = blankToNull(feed.getLanguage());
    if (language == null) {
      language = blankToNull(root.getAttributeValue("lang", Namespace.XML_NAMESPACE));
    }
    List<Element> atomEntries = atomEntries();
    List<SyndEntry> syndEntries = feed.getEntries();
    List<Entry> wireEntries = wireFeed instanceof Feed atom ? atom.getEntries() : List.<Entry>of();
    boolean entriesLineUp =
        atomEntries.size() == syndEntries.size() && wireEntries.size() == syndEntries.size();
    List<ParsedEntry> entries = new ArrayList<>(syndEntries.size());
    for (int i = 0; i < syndEntries.size(); i++) {
      Element xml = entriesLineUp ? atomEntries.get(i) : null;
      Entry wire = entriesLineUp ? wireEntries.get(i) : null;
      entries.add(entry(syndEntries.get(i), xml, wire, feedBase, language));
    }
    String link = alternateLink(container);
    return new ParsedFeed(
        wireFeed.getFeedType(),
        blankToNull(text(feed.getTitleEx(), feed.getTitle())),
        link != null ? link : resolve(feedBase, feed.getLink()),
        language,
        linkWithRel("hub"),
        linkWithRel("self"),
        entries,
        charset,
        warnings);
  }

  private ParsedEntry entry(
      SyndEntry e, Element xml, Entry wire, URI feedBase, String feedLanguage) {
    URI base = xml == null ? feedBase : baseOf(xml);
    String link = xml == null ? null : alternateLink(xml);
    if (link == null) {
      link = resolve(base, e.getLink());
    }
    DCModule dc = e.getModule(DCModule.URI) instanceof DCModule m ? m : null;
    String title = blankToNull(text(e.getTitleEx(), e.getTitle()));
    if (title == null && dc != null) {
      title = blankToNull(dc.getTitle());
    }
    Instant published = instant(e.getPublishedDate());
    Instant updated = instant(e.getUpdatedDate());
    if (wire != null) {
      // Rome's common model gives Atom 0.3 entries their modified date as "published".
      Date wirePublished = wire.getPublished() != null ? wire.getPublished() : wire.getIssued();
      Date wireUpdated = wire.getUpdated() != null ? wire.getUpdated() : wire.getModified();
      published = wirePublished != null ? instant(wirePublished) : published;
      updated = wireUpdated != null ? instant(wireUpdated) : updated;
    }
    if (xml != null) {
      // Rome reads an RFC 3339 fraction longer than three digits as milliseconds: Java's own
      // Instant.toString() (…:14.853123456Z) came out days ahead, and pinned the story to the top.
      published = rfc3339(xml, "published", published);
      updated = rfc3339(xml, "updated", updated);
    }
    String summary = html(e.getDescription());
    String content = e.getContents().isEmpty() ? null : html(e.getContents().get(0));
    String guid = blankToNull(e.getUri());
    if (guid == null) {
      guid = link;
    }
    if (guid == null) {
      guid = hashGuid(title, published != null ? published : updated, summary, content);
    }
    return new ParsedEntry(
        guid.trim(),
        title,
        link,
        summary,
        content,
        author(e),
        categories(e, dc),
        published,
        updated,
        entryLanguage(e, xml, feedLanguage),
        FeedMedia.of(e, FeedMapper::resolve, base),
        rights(e, wire, dc));
  }

  /** The item's own rights: Atom's rights, else Dublin Core's; the feed's stand in for none. */
  private String rights(SyndEntry e, Entry wire, DCModule dc) {
    String rights = wire == null ? null : blankToNull(wire.getRights());
    if (rights == null && dc != null) {
      rights = blankToNull(dc.getRights());
    }
    return rights != null ? rights : feedRights;
  }

  private static String entryLanguage(SyndEntry e, Element xml, String feedLanguage) {
    if (xml != null) {
      for (Element at = xml; at != null; at = at.getParentElement()) {
        String lang = blankToNull(at.getAttributeValue("lang", Namespace.XML_NAMESPACE));
        if (lang != null) {
          return lang;
        }
      }
    }
    if (e.getModule(DCModule.URI) instanceof DCModule dc && blankToNull(dc.getLanguage()) != null) {
      return dc.getLanguage().trim();
    }
    return feedLanguage;
  }

  private static String author(SyndEntry e) {
    String author = blankToNull(e.getAuthor());
    if (author != null) {
      return author;
    }
    for (SyndPerson person : e.getAuthors()) {
      String name = blankToNull(person.getName());
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private static List<String> categories(SyndEntry e, DCModule dc) {
    Set<String> names = new LinkedHashSet<>();
    for (SyndCategory category : e.getCategories()) {
      String name = blankToNull(category.getName());
      if (name != null) {
        names.add(name);
      }
    }
    // Wire services often tag items with dc:subject only.
    if (dc != null) {
      for (DCSubject subject : dc.getSubjects()) {
        String name = blankToNull(subject.getValue());
        if (name != null) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  /** Plain-text content is escaped so that every body we hand on is HTML. */
  private static String html(SyndContent content) {
    if (content == null || content.getValue() == null) {
      return null;
    }
    String type = typeOf(content);
    String value = content.getValue();
    if (type.equals("text") || type.equals("text/plain")) {
      return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
    return type.equals("xhtml") ? withoutXhtmlWrapper(value) : value;
  }

  /** A title as its feed gave it, less the wrapper {@code <div>} of Atom's XHTML type. */
  private static String text(SyndContent titleEx, String fallback) {
    if (titleEx == null || titleEx.getValue() == null) {
      return fallback;
    }
    String value = titleEx.getValue();
    return typeOf(titleEx).equals("xhtml") ? withoutXhtmlWrapper(value) : value;
  }

  private static String typeOf(SyndContent content) {
    return content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
  }

  /** RFC 4287 §3.1.1.3: the {@code <div>} around XHTML content is not part of the content. */
  private static String withoutXhtmlWrapper(String value) {
    Matcher m = XHTML_WRAPPER.matcher(value);
    return m.matches() ? m.group(1) : value;
  }

  private static String hashGuid(String title, Instant date, String summary, String content) {
    String basis =
        title == null && date == null
            ? String.valueOf(summary) + "\u0000" + content
            : title + "\u0000" + date;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      return "urn:newsrelay:sha256:" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private String linkWithRel(String rel) {
    return atomLink(container, rel, false);
  }

  /** An Atom element's alternate link (no rel means alternate); null when it has none. */
  private String alternateLink(Element parent) {
    return atomLink(parent, "alternate", true);
  }

  private String atomLink(Element parent, String rel, boolean absentRelMatches) {
    for (Element child : parent.getChildren()) {
      String ns = child.getNamespaceURI();
      if (child.getName().equals("link") && (ns.equals(ATOM_10) || ns.equals(ATOM_03))) {
        String relValue = blankToNull(child.getAttributeValue("rel"));
        boolean matches = relValue == null ? absentRelMatches : relValue.equalsIgnoreCase(rel);
        String href = blankToNull(child.getAttributeValue("href"));
        if (matches && href != null) {
          return resolve(baseOf(child), href);
        }
      }
    }
    return null;
  }

  private List<Element> atomEntries() {
    String ns = root.getNamespaceURI();
    if (!root.getName().equals("feed") || !(ns.equals(ATOM_10) || ns.equals(ATOM_03))) {
      return List.of();
    }
    return root.getChildren("entry", root.getNamespace());
  }

  /** RSS keeps feed-level data in {@code <channel>}; Atom in the root itself. */
  private static Element channelOf(Element root) {
    for (Element child : root.getChildren()) {
      if (child.getName().equals("channel")) {
        return child;
      }
    }
    return root;
  }

  /** The base URI in force at an element: the document's, refined by every {@code xml:base}. */
  private URI baseOf(Element element) {
    List<String> bases = new ArrayList<>();
    for (Element at = element; at != null; at = at.getParentElement()) {
      String base = at.getAttributeValue("base", Namespace.XML_NAMESPACE);
      if (blankToNull(base) != null) {
        bases.add(0, base.trim());
      }
    }
    URI current = documentBase;
    for (String base : bases) {
      URI next = parse(base);
      if (next != null) {
        current = current == null ? next : current.resolve(next);
      }
    }
    return current;
  }

  static String resolve(URI base, String href) {
    String h = blankToNull(href);
    if (h == null) {
      return null;
    }
    URI uri = parse(h);
    if (uri == null || base == null || uri.isAbsolute()) {
      return h;
    }
    try {
      URI from = base;
      if (!from.isOpaque() && (from.getRawPath() == null || from.getRawPath().isEmpty())) {
        // java.net.URI would turn http://host + "a" into http://hosta.
        from = from.resolve("/");
      }
      return from.resolve(uri).toString();
    } catch (IllegalArgumentException e) {
      return h;
    }
  }

  private static URI parse(String text) {
    try {
      return new URI(text.trim());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The Atom date element's text as RFC 3339, or what Rome made of it when it is not. */
  private static Instant rfc3339(Element entry, String name, Instant rome) {
    Element date = entry.getChild(name, entry.getNamespace());
    if (date == null) {
      return rome;
    }
    try {
      return OffsetDateTime.parse(date.getTextTrim()).toInstant();
    } catch (DateTimeParseException e) {
      return rome;
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

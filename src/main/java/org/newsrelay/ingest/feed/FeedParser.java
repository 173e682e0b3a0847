package org.newsrelay.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;

/**
 * Parses a polled RSS or Atom document: decodes it (see {@link FeedDecoder}), makes it safe for a
 * strict XML parser (see {@link XmlSanitiser}), hands it to Rome, and returns the ingest model.
 * Rome's types stay inside this package. Thread-safe: it keeps no state between calls.
 */
public final class FeedParser {

  /**
   * The first element's name. Only anchored at the start: the prolog before it is skipped by hand
   * ({@link #prologEnd}), since a regular expression repeating a group over thousands of leading
   * spaces recurses once per space and overflows the stack.
   */
  private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z_][-\\w.:]*)");

  private static final Set<String> ROME_RSS_VERSIONS =
      Set.of("0.9", "0.90", "0.91", "0.92", "0.93", "0.94", "2.0");

  public ParsedFeed parse(byte[] body, String httpContentType, URI baseUri)
      throws FeedParseException {
    if (body == null || body.length == 0) {
      throw new FeedParseException("empty document: the response has no body");
    }
    FeedDecoder.Decoded decoded = FeedDecoder.decode(body, httpContentType);
    List<String> warnings = new ArrayList<>(decoded.warnings());
    String text = XmlSanitiser.prepare(decoded.text(), warnings);
    if (text.isBlank()) {
      throw new FeedParseException("empty document: the response has no content");
    }
    refuseWebPages(text);
    RomeDocumentReader reader = new RomeDocumentReader();
    Document document = readXml(reader, text);
    repairRss(document, warnings);
    wrapAtomEntry(document);
    WireFeed wireFeed;
    try {
      wireFeed = reader.build(document);
    } catch (IllegalArgumentException e) {
      throw new FeedParseException(
          "not a feed: XML root element is <"
              + document.getRootElement().getQualifiedName()
              + ">, which is neither RSS nor Atom");
    } catch (FeedException e) {
      throw new FeedParseException("not a usable feed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new FeedParseException("the feed could not be read: " + e, e);
    }
    try {
      SyndFeed syndFeed = new SyndFeedImpl(wireFeed);
      return new FeedMapper(document, baseUri)
          .map(wireFeed, syndFeed, decoded.charset().name(), warnings);
    } catch (RuntimeException e) {
      throw new FeedParseException("the feed could not be read: " + e, e);
    }
  }

  private static Document readXml(RomeDocumentReader reader, String text)
      throws FeedParseException {
    try {
      return reader.read(new StringReader(text));
    } catch (JDOMParseException e) {
      String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      if (detail != null && detail.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
        throw new FeedParseException("DOCTYPE not allowed: " + detail, e);
      }
      throw new FeedParseException(
          "not well-formed XML (line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + "): "
              + detail,
          e);
    } catch (JDOMException | IOException e) {
      throw new FeedParseException("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /**
   * An {@code <rss>} without a version or a channel is still RSS to every feed reader; Rome refuses
   * the first and fails on the second.
   */
  private static void repairRss(Document document, List<String> warnings) {
    Element root = document.getRootElement();
    if (!root.getName().equals("rss") || !root.getNamespaceURI().isEmpty()) {
      return;
    }
    String version = root.getAttributeValue("version");
    if (version == null || version.isBlank()) {
      root.setAttribute("version", "2.0");
      warnings.add("the <rss> element has no version; read it as RSS 2.0");
    } else if (!ROME_RSS_VERSIONS.contains(version.trim())) {
      root.setAttribute("version", "2.0");
      warnings.add("unknown RSS version " + version.trim() + "; read it as RSS 2.0");
    }
    if (root.getChild("channel") == null) {
      root.addContent(new Element("channel"));
      warnings.add("the <rss> element has no <channel>, so the feed is empty");
    }
  }

  /** A pushed Atom entry document (RFC 4287 section 4.1.2) is read as a feed of one entry. */
  private static void wrapAtomEntry(Document document) {
    Element root = document.getRootElement();
    if (!root.getName().equals("entry") || !root.getNamespaceURI().equals(ATOM)) {
      return;
    }
    Element feed = new Element("feed", root.getNamespace());
    document.setRootElement(feed);
    feed.addContent(root);
  }

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /** Where the first element may start: after whitespace, comments and processing instructions. */
  private static int prologEnd(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
      } else if (text.startsWith("<!--", i) || text.startsWith("<?", i)) {
        String close = text.startsWith("<!--", i) ? "-->" : "?>";
        int end = text.indexOf(close, i + 2);
        if (end < 0) {
          return n;
        }
        i = end + close.length();
      } else {
        return i;
      }
    }
    return n;
  }

  /** A web page where a feed was expected is common enough to deserve a plain message. */
  private static void refuseWebPages(String text) throws FeedParseException {
    Matcher m = FIRST_ELEMENT.matcher(text);
    m.region(prologEnd(text), text.length());
    if (m.lookingAt() && m.group(1).equalsIgnoreCase("html")) {
      throw new FeedParseException(
          "not a feed: XML root element is <" + m.group(1) + "> (a web page, not RSS or Atom)");
    }
  }
}

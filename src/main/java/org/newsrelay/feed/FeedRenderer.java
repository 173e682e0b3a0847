package org.newsrelay.feed;

import jakarta.json.JsonWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.newsrelay.platform.Json;
import org.newsrelay.story.Media;
import org.newsrelay.story.Rights;
import org.newsrelay.text.TextEngine;

/**
 * Writes a page of a feed in one of the three formats, as UTF-8 bytes, and a story's page.
 *
 * <p>Safe at the renderer: stories are cleaned at the door, but rows stored before that (or changed
 * behind it) reach the writers too. So every entry is first made readable (text without what XML
 * cannot carry, links that are absolute http(s) URLs or nothing), and an entry that still cannot be
 * written is left out and logged: one story never costs a reader the whole feed.
 */
public final class FeedRenderer {
  private static final Logger LOG = Logger.getLogger(FeedRenderer.class.getName());

  /**
   * Sanitised bodies by the body they came from. A cached rendition's body is the same string at
   * every render, so it is sanitised once, not at each of them (fifty bodies made most of a cold
   * render's time). Weak keys: an entry lasts as long as the rendition cache holds its body.
   */
  private static final Map<String, String> SANITISED =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private final TextEngine text;
  private final AtomWriter atom = new AtomWriter();
  private final RssWriter rss;
  private final JsonFeedWriter json;
  private final StoryPageWriter storyPage = new StoryPageWriter();

  public FeedRenderer(TextEngine text) {
    this.text = text;
    this.rss = new RssWriter(text);
    this.json = new JsonFeedWriter(text);
  }

  public byte[] render(FeedPage page, FeedFormat format) {
    FeedPage readable = readable(page, text);
    try {
      return write(readable, format);
    } catch (RuntimeException failed) {
      return writeWithoutBadEntries(readable, format, failed);
    }
  }

  /** The public page of one story (what {@link StoryPages} serves), made readable first. */
  public String storyPage(FeedStory story, FeedLinks links) {
    return storyPage.write(story, links);
  }

  private byte[] write(FeedPage page, FeedFormat format) {
    return switch (format) {
      case ATOM -> xml(atom.write(page));
      case RSS -> xml(rss.write(page));
      case JSON -> {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of()).createWriter(out)) {
          writer.writeObject(json.write(page));
        }
        yield out.toString().getBytes(StandardCharsets.UTF_8);
      }
    };
  }

  /** Finds the entries that fail on their own, logs them, and writes the page with the rest. */
  private byte[] writeWithoutBadEntries(FeedPage page, FeedFormat format, RuntimeException failed) {
    List<FeedStory> kept = new ArrayList<>();
    for (FeedStory entry : page.entries()) {
      try {
        write(page.withEntries(List.of(entry), List.of()), format);
        kept.add(entry);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Left story " + entry.id() + " out of " + page.self() + ": it cannot be written",
            e);
      }
    }
    List<Tombstone> tombstones = page.tombstones();
    try {
      write(page.withEntries(List.of(), tombstones), format);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Left the tombstones out of " + page.self(), e);
      tombstones = List.of();
    }
    LOG.log(Level.FINE, "Writing " + page.self() + " whole failed", failed);
    return write(page.withEntries(kept, tombstones), format);
  }

  private static FeedPage readable(FeedPage page, TextEngine text) {
    List<FeedStory> entries = new ArrayList<>(page.entries().size());
    for (FeedStory entry : page.entries()) {
      entries.add(readable(entry, text));
    }
    List<Tombstone> tombstones = new ArrayList<>(page.tombstones().size());
    for (Tombstone tombstone : page.tombstones()) {
      tombstones.add(
          new Tombstone(
              tombstone.storyId(),
              tombstone.killedAt(),
              text.xmlSafe(tombstone.reason()),
              tombstone.shownUntil()));
    }
    return new FeedPage(
        page.language(),
        page.topic(),
        text.xmlSafe(page.title()),
        text.xmlSafe(page.description()),
        page.self(),
        page.first(),
        page.next(),
        page.previous(),
        page.links(),
        entries,
        tombstones,
        page.updated());
  }

  /**
   * A rendition with nothing in it that breaks a writer or a reader: its text cleaned by the text
   * engine, its original's link and its cluster's links kept only when they are absolute http(s)
   * URLs. The content went through the sanitiser when it was rendered; it goes through it again
   * here, so that whichever path produced it, only the allowlist's tags and http(s) links reach a
   * reader (the sanitiser leaves its own output as it is).
   */
  static FeedStory readable(FeedStory story, TextEngine text) {
    List<String> categories = new ArrayList<>();
    for (String category : story.categories()) {
      String clean = text.xmlSafe(category);
      if (clean != null && !clean.isBlank()) {
        categories.add(clean);
      }
    }
    List<FeedStory.Source> sources = new ArrayList<>();
    for (FeedStory.Source source : story.sources()) {
      String url = text.webLink(source.url());
      if (url != null) {
        sources.add(new FeedStory.Source(source.storyId(), text.xmlSafe(source.name()), url));
      }
    }
    String headline = story.headline() == null ? "" : text.xmlSafe(story.headline()).strip();
    String byline = story.byline() == null ? null : text.xmlSafe(story.byline()).strip();
    String summary = text.xmlSafe(story.summary());
    String content = sanitised(story.contentHtml(), text);
    String link = text.webLink(story.link());
    String correction = story.correction() == null ? null : text.xmlSafe(story.correction());
    return story.changed(
        p -> {
          p.headline = headline;
          p.summary = summary;
          p.contentHtml = content;
          p.link = link;
          p.byline = byline == null || byline.isEmpty() ? null : byline;
          p.categories = List.copyOf(categories);
          p.sources = List.copyOf(sources);
          p.rights = readable(story.rights(), text);
          p.correction = correction;
          p.media = readableMedia(story.media(), text);
        });
  }

  /** Media whose texts XML can carry and whose files are links; one left without a file goes. */
  private static List<Media> readableMedia(List<Media> media, TextEngine text) {
    List<Media> readable = new ArrayList<>(media.size());
    for (Media item : media) {
      Media clean = item.with(text::xmlSafe, text::webLink);
      if (clean != null) {
        readable.add(clean);
      }
    }
    return readable;
  }

  private static Rights readable(Rights rights, TextEngine text) {
    if (rights == null) {
      return null;
    }
    Rights clean =
        new Rights(
            blankToNull(text.xmlSafe(rights.holder())),
            blankToNull(text.xmlSafe(rights.notice())),
            blankToNull(text.xmlSafe(rights.usageTerms())));
    return clean.isEmpty() ? null : clean;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String sanitised(String html, TextEngine text) {
    if (html == null) {
      return text.sanitizeHtml(null);
    }
    String known = SANITISED.get(html);
    if (known == null) {
      known = text.sanitizeHtml(html);
      SANITISED.put(html, known);
    }
    return known;
  }

  private static byte[] xml(org.jdom2.Document document) {
    // Raw: Rome's tree has no layout of its own, and any other format would touch the content's
    // text.
    return new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8"))
        .outputString(document)
        .getBytes(StandardCharsets.UTF_8);
  }
}

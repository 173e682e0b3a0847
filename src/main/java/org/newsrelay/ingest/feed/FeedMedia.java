package org.newsrelay.ingest.feed;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.MediaGroup;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads an item's media as Rome's Media RSS module (rome-modules) and its enclosures have it: each
 * {@code media:group} is one picture in several sizes, each lone {@code media:content} one picture,
 * with the caption, credit and copyright of the content, else of its group, else of the item; an
 * enclosure not already named by Media RSS is one more. Thumbnails are the picture's smaller files.
 */
final class FeedMedia {
  /** An item has a handful of pictures; a feed that lists hundreds is not sending pictures. */
  static final int MAX_MEDIA = 20;

  private FeedMedia() {}

  /**
   * @param resolve a possibly relative address against the item's base; null when it is no link
   */
  static List<ParsedMedia> of(SyndEntry entry, BiFunction<URI, String, String> resolve, URI base) {
    List<ParsedMedia> media = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Metadata item = null;
    if (entry.getModule(MediaModule.URI) instanceof MediaEntryModule module) {
      item = module.getMetadata();
      for (MediaGroup group : nonNull(module.getMediaGroups())) {
        add(media, seen, of(group.getContents(), group.getMetadata(), item, resolve, base));
      }
      for (MediaContent content : nonNull(module.getMediaContents())) {
        add(media, seen, of(new MediaContent[] {content}, null, item, resolve, base));
      }
      if (media.isEmpty() && item != null && item.getThumbnail() != null) {
        // An item with only media:thumbnail still has a picture.
        add(media, seen, picture(null, item, null, thumbnails(item, resolve, base)));
      }
    }
    for (SyndEnclosure enclosure : entry.getEnclosures()) {
      String url = resolve.apply(base, enclosure.getUrl());
      if (url != null && !seen.contains(url)) {
        Long bytes = enclosure.getLength() > 0 ? enclosure.getLength() : null;
        ParsedMedia.File file =
            new ParsedMedia.File(url, blank(enclosure.getType()), null, null, bytes);
        add(media, seen, picture(mediumOf(file.type()), item, null, List.of(file)));
      }
    }
    return media.size() > MAX_MEDIA ? List.copyOf(media.subList(0, MAX_MEDIA)) : media;
  }

  private static ParsedMedia of(
      MediaContent[] contents,
      Metadata group,
      Metadata item,
      BiFunction<URI, String, String> resolve,
      URI base) {
    List<ParsedMedia.File> files = new ArrayList<>();
    String medium = null;
    Metadata own = null;
    for (MediaContent content : nonNull(contents)) {
      if (content.getReference() instanceof UrlReference reference && reference.getUrl() != null) {
        String url = resolve.apply(base, reference.getUrl().toString());
        if (url != null) {
          files.add(
              new ParsedMedia.File(
                  url,
                  blank(content.getType()),
                  content.getWidth(),
                  content.getHeight(),
                  content.getFileSize()));
        }
      }
      medium = medium != null ? medium : blank(content.getMedium());
      own = own != null ? own : content.getMetadata();
    }
    for (Metadata metadata : new Metadata[] {own, group}) {
      if (metadata != null) {
        files.addAll(thumbnails(metadata, resolve, base));
      }
    }
    if (files.isEmpty()) {
      return null;
    }
    if (medium == null) {
      medium = mediumOf(files.get(0).type());
    }
    return picture(medium, own, group != null ? group : item, files);
  }

  /** Texts from the most particular metadata that has them. */
  private static ParsedMedia picture(
      String medium, Metadata first, Metadata then, List<ParsedMedia.File> files) {
    if (files.isEmpty()) {
      return null;
    }
    return new ParsedMedia(
        medium,
        firstOf(first, then, Metadata::getDescription),
        firstOf(first, then, FeedMedia::credit),
        firstOf(first, then, Metadata::getCopyright),
        files);
  }

  private static List<ParsedMedia.File> thumbnails(
      Metadata metadata, BiFunction<URI, String, String> resolve, URI base) {
    List<ParsedMedia.File> files = new ArrayList<>();
    for (Thumbnail thumbnail : nonNull(metadata.getThumbnail())) {
      String url =
          thumbnail.getUrl() == null ? null : resolve.apply(base, thumbnail.getUrl().toString());
      if (url != null) {
        files.add(
            new ParsedMedia.File(url, null, thumbnail.getWidth(), thumbnail.getHeight(), null));
      }
    }
    return files;
  }

  private static String credit(Metadata metadata) {
    List<String> names = new ArrayList<>();
    for (Credit credit : nonNull(metadata.getCredits())) {
      String name = blank(credit.getName());
      if (name != null) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String firstOf(
      Metadata first, Metadata then, java.util.function.Function<Metadata, String> text) {
    for (Metadata metadata : new Metadata[] {first, then}) {
      String value = metadata == null ? null : blank(text.apply(metadata));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String mediumOf(String type) {
    if (type == null) {
      return null;
    }
    int slash = type.indexOf('/');
    return slash > 0 ? type.substring(0, slash) : null;
  }

  private static void add(List<ParsedMedia> media, Set<String> seen, ParsedMedia picture) {
    if (picture != null && picture.files().stream().noneMatch(f -> seen.contains(f.url()))) {
      media.add(picture);
      picture.files().forEach(f -> seen.add(f.url()));
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @SafeVarargs
  private static <T> List<T> nonNull(T... items) {
    List<T> list = new ArrayList<>();
    if (items != null) {
      for (T item : items) {
        if (item != null) {
          list.add(item);
        }
      }
    }
    return list;
  }
}

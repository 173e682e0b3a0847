package org.newsrelay.feed;

import static org.newsrelay.feed.FeedCatalogue.escape;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.newsrelay.platform.Json;
import org.newsrelay.story.Media;

/**
 * A story's media in each format (docs/feeds.md, "Media"): Media RSS's {@code media:content} with
 * its caption, credit and copyright (Rome's own module writes it, in RSS and Atom alike), an RSS
 * enclosure and Atom enclosure links for the largest file, JSON Feed's {@code image} and {@code
 * attachments}, and for people a {@code <figure>} at the top of the content.
 */
final class MediaMarkup {
  /** The scheme of Media RSS credits: the European Broadcasting Union's roles. */
  private static final String CREDIT_SCHEME = "urn:ebu";

  private MediaMarkup() {}

  /**
   * A {@code <figure>} for each picture the body does not show already, its caption and credit in
   * the entry's language; nothing for a story without pictures.
   */
  static String figures(FeedStory story) {
    if (story.media().isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder();
    for (Media media : story.media()) {
      Media.File file = media.forPage();
      if (!file.isImage() && !"picture".equals(media.type()) && !"graphic".equals(media.type())) {
        continue;
      }
      if (shownInBody(story, media)) {
        continue;
      }
      html.append("<figure class=\"newsrelay-media\"><img src=\"")
          .append(escape(file.href()))
          .append("\" alt=\"")
          .append(escape(media.altText()))
          .append('"');
      if (file.width() != null && file.height() != null) {
        html.append(" width=\"")
            .append(file.width())
            .append("\" height=\"")
            .append(file.height())
            .append('"');
      }
      html.append(">");
      String caption = captionLine(media);
      if (caption != null) {
        html.append("<figcaption>").append(escape(caption)).append("</figcaption>");
      }
      html.append("</figure>");
    }
    return html.toString();
  }

  /** "Caption (Credit)", or the one of them there is, or null. */
  static String captionLine(Media media) {
    if (media.caption() == null) {
      return media.credit();
    }
    return media.credit() == null ? media.caption() : media.caption() + " (" + media.credit() + ")";
  }

  private static boolean shownInBody(FeedStory story, Media media) {
    String body = story.contentHtml() == null ? "" : story.contentHtml();
    for (Media.File file : media.files()) {
      if (body.contains(escape(file.href())) || body.contains(file.href())) {
        return true;
      }
    }
    return false;
  }

  /** Media RSS for an RSS item or an Atom entry; null for a story without media. */
  static MediaEntryModuleImpl mediaRss(FeedStory story) {
    if (story.media().isEmpty()) {
      return null;
    }
    List<MediaContent> contents = new ArrayList<>();
    for (Media media : story.media()) {
      boolean first = true;
      for (Media.File file : media.files()) {
        MediaContent content = new MediaContent(new UrlReference(URI.create(file.href())));
        content.setType(file.contentType());
        content.setMedium(medium(media));
        content.setWidth(file.width());
        content.setHeight(file.height());
        content.setFileSize(file.bytes());
        if (first) {
          // The texts once per picture, on its first file: the others are its other sizes.
          content.setMetadata(metadata(media));
          first = false;
        }
        contents.add(content);
      }
    }
    MediaEntryModuleImpl module = new MediaEntryModuleImpl();
    module.setMediaContents(contents.toArray(new MediaContent[0]));
    return module;
  }

  private static Metadata metadata(Media media) {
    Metadata metadata = new Metadata();
    if (media.caption() != null) {
      metadata.setDescription(media.caption());
      metadata.setDescriptionType("plain");
    }
    if (media.credit() != null) {
      metadata.setCredits(new Credit[] {new Credit(CREDIT_SCHEME, null, media.credit())});
    }
    if (media.rights() != null && media.rights().statement() != null) {
      metadata.setCopyright(media.rights().statement());
    }
    return metadata;
  }

  /** Media RSS's medium for ninjs's type. */
  private static String medium(Media media) {
    return switch (media.type()) {
      case "video" -> "video";
      case "audio" -> "audio";
      default -> "image";
    };
  }

  /** The file an enclosure points at: the largest of the first media with a type. */
  static Media.File enclosure(FeedStory story) {
    for (Media media : story.media()) {
      Media.File file = media.largest();
      if (file.contentType() != null) {
        return file;
      }
    }
    return null;
  }

  /** JSON Feed's {@code image}: the first picture as a page shows it, or null. */
  static String image(FeedStory story) {
    for (Media media : story.media()) {
      if (media.forPage().isImage() || "picture".equals(media.type())) {
        return media.forPage().href();
      }
    }
    return null;
  }

  /** JSON Feed's {@code attachments}: each media's largest file, titled with its caption. */
  static JsonArrayBuilder attachments(FeedStory story) {
    JsonArrayBuilder attachments = Json.createArrayBuilder();
    for (Media media : story.media()) {
      Media.File file = media.largest();
      JsonObjectBuilder attachment = Json.createObjectBuilder().add("url", file.href());
      attachment.add(
          "mime_type",
          file.contentType() != null ? file.contentType() : "application/octet-stream");
      String caption = captionLine(media);
      if (caption != null) {
        attachment.add("title", caption);
      }
      if (file.bytes() != null) {
        attachment.add("size_in_bytes", file.bytes());
      }
      attachments.add(attachment);
    }
    return attachments;
  }

  /** newsrelay's {@code _media} extension: what JSON Feed has no member for, per picture. */
  static JsonObjectBuilder extension(FeedStory story) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (Media media : story.media()) {
      JsonObjectBuilder item = Json.createObjectBuilder().add("type", media.type());
      add(item, "caption", media.caption());
      add(item, "alt", media.alt());
      add(item, "credit", media.credit());
      add(item, "copyright", media.rights() == null ? null : media.rights().statement());
      JsonArrayBuilder files = Json.createArrayBuilder();
      for (Media.File file : media.files()) {
        JsonObjectBuilder f = Json.createObjectBuilder().add("url", file.href());
        add(f, "mime_type", file.contentType());
        if (file.width() != null) {
          f.add("width", file.width());
        }
        if (file.height() != null) {
          f.add("height", file.height());
        }
        files.add(f);
      }
      items.add(item.add("files", files));
    }
    return Json.createObjectBuilder().add("items", items);
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}

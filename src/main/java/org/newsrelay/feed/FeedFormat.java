package org.newsrelay.feed;

import java.util.Arrays;
import java.util.Optional;

/** The formats a feed is published in, by file extension. */
public enum FeedFormat {
  ATOM("atom", "application/atom+xml;charset=UTF-8", "Atom"),
  RSS("rss", "application/rss+xml;charset=UTF-8", "RSS"),
  JSON("json", "application/feed+json;charset=UTF-8", "JSON Feed");

  private final String extension;
  private final String mediaType;
  private final String label;

  FeedFormat(String extension, String mediaType, String label) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.label = label;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The media type without parameters, as discovery links and OPML name it. */
  public String type() {
    return mediaType.substring(0, mediaType.indexOf(';'));
  }

  /** What readers call the format. */
  public String label() {
    return label;
  }

  public static Optional<FeedFormat> ofExtension(String extension) {
    return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
  }
}

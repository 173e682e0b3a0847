package org.newsrelay.feed;

import java.util.Arrays;
import java.util.Optional;

/** The formats a feed is published in, by file extension. */
public enum FeedFormat {
  ATOM("atom", "application/atom+xml;charset=UTF-8"),
  RSS("rss", "application/rss+xml;charset=UTF-8");

  private final String extension;
  private final String mediaType;

  FeedFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<FeedFormat> ofExtension(String extension) {
    return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
  }
}

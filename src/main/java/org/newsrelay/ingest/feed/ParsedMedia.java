package org.newsrelay.ingest.feed;

import java.util.List;

/**
 * A picture or other media an item of a polled feed carries (Media RSS, an RSS enclosure, an Atom
 * {@code rel="enclosure"} link), with its files in every size the feed named.
 *
 * @param medium image, video, audio or document, as Media RSS names them; null when unsaid
 */
public record ParsedMedia(
    String medium, String caption, String credit, String copyright, List<File> files) {

  public ParsedMedia {
    files = List.copyOf(files);
  }

  /** One file: an absolute address, as the feed gave it. */
  public record File(String url, String type, Integer width, Integer height, Long bytes) {}
}

package org.newsrelay.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a polled feed. {@code guid} is stable across polls: the entry's id or guid, else its
 * link, else a hash of its title and date. Links are absolute.
 *
 * @param media its pictures and other media (Media RSS, enclosures)
 * @param rights its rights statement, or the feed's; null when neither says
 */
public record ParsedEntry(
    String guid,
    String title,
    String link,
    String summaryHtml,
    String contentHtml,
    String author,
    List<String> categories,
    Instant published,
    Instant updated,
    String language,
    List<ParsedMedia> media,
    String rights) {

  public ParsedEntry {
    categories = List.copyOf(categories);
    media = media == null ? List.of() : List.copyOf(media);
  }
}

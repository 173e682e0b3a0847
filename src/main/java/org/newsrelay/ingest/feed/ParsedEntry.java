package org.newsrelay.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a polled feed. {@code guid} is stable across polls: the entry's id or guid, else its
 * link, else a hash of its title and date. Links are absolute.
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
    String language) {

  public ParsedEntry {
    categories = List.copyOf(categories);
  }
}

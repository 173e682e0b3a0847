package org.newsrelay.ingest.feed;

import java.util.List;

/**
 * A polled feed in the ingest model. {@code format} is Rome's name for it ({@code rss_2.0}, {@code
 * atom_1.0}, ...); {@code charset} is the one the bytes were decoded with; {@code warnings} lists
 * what was repaired on the way (bad bytes, stripped characters, contradicting labels).
 */
public record ParsedFeed(
    String format,
    String title,
    String link,
    String language,
    String hubUrl,
    String selfUrl,
    List<ParsedEntry> entries,
    String charset,
    List<String> warnings) {

  public ParsedFeed {
    entries = List.copyOf(entries);
    warnings = List.copyOf(warnings);
  }
}

package org.newsrelay.partner;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.story.Language;

/**
 * A search as the caller asked it ({@code GET /api/v1/search}), checked: every refusal an {@link
 * InvalidInput} naming the parameter. Null fields do not filter.
 *
 * @param lang the tag results are answered in (and of whose family they are), or null: every story
 *     in its own language
 * @param urgency the wire's urgency at least this high, 1 (highest) to 9
 * @param since version created at or after (an instant, or a date: its start, UTC)
 * @param until version created before
 */
public record SearchRequest(
    String q,
    Language lang,
    String topic,
    String subject,
    UUID source,
    Integer urgency,
    Instant since,
    Instant until,
    String cursor,
    int limit) {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  public static SearchRequest of(
      String q,
      String lang,
      String topic,
      String subject,
      String source,
      String urgency,
      String since,
      String until,
      String cursor,
      String limit) {
    if (q == null || q.isBlank()) {
      throw InvalidInput.field("q", "A search needs words: \"q\".");
    }
    Language language = null;
    if (lang != null) {
      language = Language.ofExactTag(lang).orElseThrow(() -> Language.unknown(lang));
    }
    Instant from = instant("since", since);
    Instant to = instant("until", until);
    if (from != null && to != null && !from.isBefore(to)) {
      throw InvalidInput.field("until", "\"until\" must come after \"since\".");
    }
    return new SearchRequest(
        q.strip(),
        language,
        blankless(topic),
        blankless(subject),
        source(source),
        number("urgency", urgency, 1, 9, null),
        from,
        to,
        blankless(cursor),
        number("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT));
  }

  /** What a cursor is bound to: the same search whatever the page size. */
  String identity() {
    return String.join(
        "\u0000",
        "search",
        q,
        lang == null ? "" : lang.tag(),
        topic == null ? "" : topic,
        subject == null ? "" : subject,
        source == null ? "" : source.toString(),
        urgency == null ? "" : urgency.toString(),
        since == null ? "" : since.toString(),
        until == null ? "" : until.toString());
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static UUID source(String value) {
    if (blankless(value) == null) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.field("source", "\"source\" is a source's id, a UUID.");
    }
  }

  private static Integer number(String name, String value, int min, int max, Integer otherwise) {
    if (blankless(value) == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Refused below, with the range.
    }
    throw InvalidInput.field(
        name, "\"" + name + "\" is a whole number from " + min + " to " + max + ".");
  }

  private static Instant instant(String name, String value) {
    if (blankless(value) == null) {
      return null;
    }
    String text = value.strip();
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeException e) {
      throw InvalidInput.field(
          name,
          "\"" + name + "\" is an instant (2026-03-01T12:00:00Z) or a date (2026-03-01), in UTC.");
    }
  }
}

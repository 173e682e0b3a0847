package org.newsrelay.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.story.WireMetadata;
import org.newsrelay.text.TextEngine;

/**
 * The door every story comes in by, pushed or polled: each field cleaned by the text engine of what
 * XML cannot carry, links kept only when they are absolute http(s) URLs, and lengths and dates held
 * to what the story table and the feeds can take. A pushed story that does not fit is refused with
 * a 400 naming the field, so the wire learns it at once; a polled item is made to fit instead,
 * since a feed cannot be asked to send it again and one bad item must not cost the others.
 */
final class Intake {
  /** The story table's columns (V1__foundation.sql, V2__story_workflow.sql), in UTF-16 units. */
  static final int URI_CHARS = 2048;

  static final int HEADLINE_CHARS = 1000;
  static final int BYLINE_CHARS = 500;

  /** Subjects are stored joined by newlines in one varchar(4000). */
  static final int SUBJECTS_CHARS = 4000;

  /** Each text of the wire's metadata (slugline, located, rights, ednote, version). */
  static final int METADATA_TEXT_CHARS = 4000;

  /**
   * All of the wire's metadata as JSON (story_metadata.ninjs): far more than ninjs's own members
   * take, so that pictures' renditions and a wire's extensions fit, and less than a story's body.
   */
  static final int METADATA_CHARS = 1_000_000;

  /** No wire copy is older; earlier dates are typing mistakes or year 0001 defaults. */
  static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  /**
   * Clock skew a wire may have. A version dated further ahead would sit at the top of every feed
   * until then, and make the wire's real later versions (a cancel included) look older.
   */
  static final Duration VERSION_AHEAD = Duration.ofDays(1);

  /** An embargo further ahead than this is a mistake, not a plan. */
  static final Duration EMBARGO_AHEAD = Duration.ofDays(366);

  private static final TextEngine TEXT = TextEngine.standard();

  private Intake() {}

  /**
   * A pushed story, cleaned.
   *
   * @throws InvalidInput naming the field that is too long or out of range
   */
  static StoryDraft pushed(StoryDraft draft, Instant now) {
    StoryDraft clean = cleaned(draft);
    if (clean.uri() == null) {
      throw refused("uri", "A story needs a \"uri\" that identifies it at its wire.");
    }
    fits("uri", clean.uri(), URI_CHARS);
    fits("headline", clean.headline(), HEADLINE_CHARS);
    fits("byline", clean.byline(), BYLINE_CHARS);
    fits("subject", String.join("\n", clean.subjects()), SUBJECTS_CHARS);
    for (String name : WireMetadata.TEXTS) {
      fits(name, clean.wire().text(name), METADATA_TEXT_CHARS);
    }
    if (clean.wire().encode().length() > METADATA_CHARS) {
      String largest = largestMember(clean.wire());
      throw new InvalidInput(
          "Bad request",
          "The story's metadata is longer than "
              + METADATA_CHARS
              + " characters of JSON; \""
              + largest
              + "\" is the largest part of it.",
          Map.of("field", largest, "limit", METADATA_CHARS));
    }
    if (clean.headline() == null && clean.bodyText() == null && clean.bodyHtml() == null) {
      throw refused(
          "headline", "A story needs a headline or a body (body_text or body_html) with text.");
    }
    inRange("versioncreated", clean.versionCreated(), now.plus(VERSION_AHEAD));
    inRange("embargoed", clean.embargoed(), now.plus(EMBARGO_AHEAD));
    return clean;
  }

  /**
   * A polled item, or one already in the inbox, cleaned and made to fit: an over-long guid becomes
   * a stable hash of it, over-long text is cut on a word boundary, subjects that do not fit are
   * left out, a version date before 1900 is forgotten (the time it was received stands in) and one
   * dated far ahead is brought back to {@code now}. An embargo is kept as it is, however far:
   * lifting it early would be the one thing worse.
   */
  static StoryDraft polled(StoryDraft draft, Instant now) {
    StoryDraft clean = cleaned(draft);
    String uri = clean.uri();
    if (uri != null && uri.length() > URI_CHARS) {
      uri = "urn:newsrelay:sha256:" + sha256(uri);
    }
    Instant version = clean.versionCreated();
    if (version != null && version.isBefore(EARLIEST)) {
      version = null;
    } else if (version != null && version.isAfter(now.plus(VERSION_AHEAD))) {
      version = now;
    }
    Instant embargo = clean.embargoed();
    if (embargo != null && embargo.isBefore(EARLIEST)) {
      embargo = null;
    }
    return new StoryDraft(
        uri,
        cut(clean.headline(), HEADLINE_CHARS),
        clean.bodyText(),
        clean.bodyHtml(),
        clean.language(),
        version,
        clean.link(),
        cut(clean.byline(), BYLINE_CHARS),
        fitting(clean.subjects()),
        clean.pubstatus(),
        embargo,
        fitting(clean.wire()));
  }

  /** Every field through the text engine; what is left empty becomes null. */
  private static StoryDraft cleaned(StoryDraft draft) {
    Set<String> subjects = new LinkedHashSet<>();
    for (String subject : draft.subjects() == null ? List.<String>of() : draft.subjects()) {
      String line = line(subject);
      if (line != null) {
        subjects.add(line);
      }
    }
    return new StoryDraft(
        blankToNull(TEXT.xmlSafe(draft.uri())),
        line(draft.headline()),
        blankToNull(TEXT.xmlSafe(draft.bodyText())),
        blankToNull(TEXT.xmlSafe(draft.bodyHtml())),
        line(draft.language()),
        draft.versionCreated(),
        TEXT.webLink(TEXT.xmlSafe(draft.link())),
        line(draft.byline()),
        List.copyOf(subjects),
        draft.pubstatus(),
        draft.embargoed(),
        MediaIntake.withBodyPictures(
            MediaIntake.linksChecked(cleaned(draft.wire()), TEXT::webLink),
            TEXT.pictures(draft.bodyHtml())));
  }

  /**
   * The wire's metadata with every string (member names too) cleaned of what XML cannot carry, as
   * the copy is: its rights reach every feed. Its one-line texts are lines like the headline.
   */
  private static WireMetadata cleaned(WireMetadata wire) {
    if (wire.isEmpty()) {
      return wire;
    }
    WireMetadata clean = wire.everyString(TEXT::xmlSafe);
    for (String name : WireMetadata.TEXTS) {
      String text = clean.text(name);
      clean = clean.with(name, name.equals("ednote") ? blankToNull(text) : line(text));
    }
    return clean;
  }

  /** Polled or stored metadata made to fit: texts cut, then the largest members left out. */
  private static WireMetadata fitting(WireMetadata wire) {
    WireMetadata fit = wire;
    for (String name : WireMetadata.TEXTS) {
      String text = fit.text(name);
      if (text != null && text.length() > METADATA_TEXT_CHARS) {
        fit = fit.with(name, cut(text, METADATA_TEXT_CHARS));
      }
    }
    while (!fit.isEmpty() && fit.encode().length() > METADATA_CHARS) {
      fit = fit.with(largestMember(fit), (String) null);
    }
    return fit;
  }

  private static String largestMember(WireMetadata wire) {
    String largest = null;
    int size = -1;
    for (var member : wire.json().entrySet()) {
      int length = member.getValue().toString().length();
      if (length > size) {
        largest = member.getKey();
        size = length;
      }
    }
    return largest;
  }

  /** A one-line field (headline, byline, subject): cleaned, its whitespace runs one space each. */
  private static String line(String value) {
    String clean = TEXT.xmlSafe(value);
    return clean == null ? null : blankToNull(clean.replaceAll("\\s+", " "));
  }

  private static String blankToNull(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    return s.isEmpty() ? null : s;
  }

  private static void fits(String field, String value, int limit) {
    if (value != null && value.length() > limit) {
      throw new InvalidInput(
          "Bad request",
          "\"" + field + "\" is longer than " + limit + " characters (" + value.length() + ").",
          Map.of("field", field, "limit", limit));
    }
  }

  private static void inRange(String field, Instant value, Instant latest) {
    if (value == null) {
      return;
    }
    if (value.isBefore(EARLIEST) || value.isAfter(latest)) {
      throw refused(
          field,
          "\""
              + field
              + "\" must lie between "
              + EARLIEST
              + " and "
              + latest
              + " (was "
              + value
              + ").");
    }
  }

  private static String cut(String value, int limit) {
    return value == null || value.length() <= limit ? value : TEXT.truncate(value, limit);
  }

  private static List<String> fitting(List<String> subjects) {
    List<String> kept = new ArrayList<>();
    int used = 0;
    for (String subject : subjects) {
      int needed = subject.length() + (kept.isEmpty() ? 0 : 1);
      if (used + needed <= SUBJECTS_CHARS) {
        kept.add(subject);
        used += needed;
      }
    }
    return List.copyOf(kept);
  }

  /** A 400 that names the field, so a wire's software can tell which of its fields to fix. */
  static InvalidInput refused(String field, String detail) {
    return InvalidInput.field(field, detail);
  }

  /** A stable name for copy that has none of its own (a raw push, an over-long uri). */
  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

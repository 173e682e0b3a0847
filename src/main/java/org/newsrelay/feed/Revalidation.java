package org.newsrelay.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * HTTP conditional requests and content coding for a rendered document (RFC 9110 13, 8.4): which
 * representation the client gets, and whether its copy is still good.
 */
final class Revalidation {
  /** Readers may keep a copy but must ask again each time: feeds change without notice. */
  static final String CACHE_CONTROL = "public, no-cache";

  /** Partner-only documents: never in a shared cache. */
  static final String PRIVATE_CACHE_CONTROL = "private, no-cache";

  /**
   * Read leniently (RFC 1123, one-digit days included), as RFC 9110 asks of recipients; written as
   * IMF-fixdate only, {@link #IMF_FIXDATE}.
   */
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).withLocale(Locale.US);

  /** RFC 9110's IMF-fixdate: always two digits for the day ("Tue, 01 Dec 2026"), always GMT. */
  static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  /**
   * @param body null for 304 Not Modified
   */
  record Answer(int status, byte[] body, boolean gzipped, String etag, String lastModified) {}

  private Revalidation() {}

  static Answer answer(
      RenderedDocument document,
      String ifNoneMatch,
      String ifModifiedSince,
      String acceptEncoding) {
    boolean gzip = acceptsGzip(acceptEncoding);
    String etag = gzip ? document.gzipEtag() : document.etag();
    String lastModified = IMF_FIXDATE.format(document.lastModified());
    boolean unchanged;
    if (ifNoneMatch != null) {
      // If-None-Match wins over If-Modified-Since when both are present.
      unchanged = matches(ifNoneMatch, etag);
    } else {
      unchanged = notModifiedSince(document.lastModified(), ifModifiedSince);
    }
    if (unchanged) {
      return new Answer(304, null, gzip, etag, lastModified);
    }
    return new Answer(200, gzip ? document.gzipped() : document.body(), gzip, etag, lastModified);
  }

  /** Weak comparison, as If-None-Match asks: W/"x" matches "x". */
  static boolean matches(String ifNoneMatch, String etag) {
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  static boolean notModifiedSince(Instant lastModified, String ifModifiedSince) {
    if (ifModifiedSince == null) {
      return false;
    }
    try {
      Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince.strip()));
      return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
    } catch (DateTimeParseException e) {
      // An unreadable date is ignored, as RFC 9110 says.
      return false;
    }
  }

  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
      String[] parts = coding.strip().split(";");
      String name = parts[0].strip();
      if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
        return !zeroQuality(parts);
      }
    }
    return false;
  }

  private static boolean zeroQuality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2)) == 0;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return false;
  }
}

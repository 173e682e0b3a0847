package org.newsrelay.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A document ready to serve over and over: its bytes plain and gzipped, a strong validator for
 * each, when it last changed and until when it may be served without looking again.
 *
 * @param validUntil the next moment the content changes by itself (an embargo lifting)
 */
public record RenderedDocument(
    byte[] body,
    byte[] gzipped,
    String mediaType,
    String etag,
    Instant lastModified,
    Instant validUntil)
    implements Serializable {

  public static RenderedDocument of(
      byte[] body, String mediaType, Instant lastModified, Instant validUntil) {
    return new RenderedDocument(
        body, gzip(body), mediaType, etagOf(body), lastModified, validUntil);
  }

  /** Strong validators differ per content coding (RFC 9110 8.8.3.3). */
  public String gzipEtag() {
    return etag.substring(0, etag.length() - 1) + "-gzip\"";
  }

  public boolean servableAt(Instant now) {
    return now.isBefore(validUntil);
  }

  static String etagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27)
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

package org.newsrelay.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads answers no further than a limit. The streams are never closed here: closing a half-read
 * stream would read the rest (a gzip bomb, an endless stream); the exchange is cancelled first.
 */
public final class CappedBody {

  private CappedBody() {}

  /** At most the first {@code max} bytes of {@code in}: fewer only when it ends before. */
  public static byte[] head(InputStream in, int max) throws IOException {
    byte[] buffer = new byte[max];
    int filled = 0;
    int n;
    while (filled < buffer.length && (n = in.read(buffer, filled, buffer.length - filled)) >= 0) {
      filled += n;
    }
    return filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
  }

  /** A whole feed body, refused once it passes the policy's size or the fetch's deadline. */
  static byte[] read(
      URI url,
      HttpEntity entity,
      long deadline,
      Watchdog.Alarm alarm,
      FetchPolicy policy,
      FetchFailures failures)
      throws IOException, FetchException {
    if (entity == null) {
      return new byte[0];
    }
    long declared = entity.getContentLength();
    if (declared > policy.maxBytes() && entity.getContentEncoding() == null) {
      throw failures.tooLarge(url);
    }
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.min(Math.max(declared, 8192), 1 << 20));
    byte[] buffer = new byte[8192];
    // The entity stream is already decompressed, so the cap counts what we would keep in memory.
    InputStream in = entity.getContent();
    int n;
    long total = 0;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > policy.maxBytes()) {
        throw failures.tooLarge(url);
      }
      if (System.nanoTime() - deadline > 0 || alarm.rang()) {
        throw failures.timeout(url, null);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}

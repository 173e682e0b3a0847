package org.newsrelay.partner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.newsrelay.story.FoundStories;

/**
 * The opaque {@code cursor} of a search's next page: the last result's place (band, version
 * created, id), signed and bound to the search it came from, as the feeds' cursors are, so that an
 * edited or transplanted cursor is refused rather than paging somewhere else.
 */
final class SearchCursor {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 12;

  private SearchCursor() {}

  static String encode(FoundStories.Hit last, String identity, byte[] key) {
    String payload =
        last.band()
            + "|"
            + last.versionCreated().getEpochSecond()
            + "|"
            + last.versionCreated().getNano()
            + "|"
            + last.id();
    byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
    return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(identity, bytes, key));
  }

  /**
   * @throws IllegalArgumentException for anything this server did not sign for this search
   */
  static FoundStories.Hit decode(String cursor, String identity, byte[] key) {
    int dot = cursor.indexOf('.');
    if (cursor.length() > 200 || dot < 0) {
      throw new IllegalArgumentException("malformed");
    }
    byte[] payload = DECODER.decode(cursor.substring(0, dot));
    byte[] signature = DECODER.decode(cursor.substring(dot + 1));
    if (!MessageDigest.isEqual(signature, mac(identity, payload, key))) {
      throw new IllegalArgumentException("bad signature");
    }
    String[] parts = new String(payload, StandardCharsets.US_ASCII).split("\\|", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("malformed");
    }
    int band = Integer.parseInt(parts[0]);
    if (band != FoundStories.HEADLINE && band != FoundStories.BODY) {
      throw new IllegalArgumentException("band");
    }
    return new FoundStories.Hit(
        band,
        Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
        UUID.fromString(parts[3]));
  }

  private static byte[] mac(String identity, byte[] payload, byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(identity.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}

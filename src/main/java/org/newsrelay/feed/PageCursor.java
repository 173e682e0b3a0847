package org.newsrelay.feed;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyset position in a feed (RFC 5005 paging): the stories strictly older, or strictly newer,
 * than one story. Cursors are signed and bound to the feed they came from, so an edited or
 * transplanted cursor is refused instead of quietly paging somewhere else.
 */
public record PageCursor(Direction direction, Instant versionCreated, UUID storyId) {

  /** Which side of the position the page lies on. */
  public enum Direction {
    OLDER('o'),
    NEWER('n');

    private final char code;

    Direction(char code) {
      this.code = code;
    }
  }

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 12;

  /** The opaque form that goes into ?cursor=, signed for one feed. */
  public String encode(String feedIdentity, byte[] key) {
    String payload =
        direction.code
            + "|"
            + versionCreated.getEpochSecond()
            + "|"
            + versionCreated.getNano()
            + "|"
            + storyId;
    byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
    return ENCODER.encodeToString(bytes)
        + "."
        + ENCODER.encodeToString(mac(feedIdentity, bytes, key));
  }

  /**
   * @throws IllegalArgumentException for anything this server did not sign for this feed
   */
  public static PageCursor decode(String cursor, String feedIdentity, byte[] key) {
    if (cursor.length() > 200) {
      throw new IllegalArgumentException("too long");
    }
    int dot = cursor.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException("unsigned");
    }
    byte[] payload = DECODER.decode(cursor.substring(0, dot));
    byte[] signature = DECODER.decode(cursor.substring(dot + 1));
    if (!MessageDigest.isEqual(signature, mac(feedIdentity, payload, key))) {
      throw new IllegalArgumentException("bad signature");
    }
    String[] parts = new String(payload, StandardCharsets.US_ASCII).split("\\|", -1);
    if (parts.length != 4 || parts[0].length() != 1) {
      throw new IllegalArgumentException("malformed");
    }
    Direction direction =
        Arrays.stream(Direction.values())
            .filter(d -> d.code == parts[0].charAt(0))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("direction"));
    Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    return new PageCursor(direction, at, UUID.fromString(parts[3]));
  }

  private static byte[] mac(String feedIdentity, byte[] payload, byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(feedIdentity.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}

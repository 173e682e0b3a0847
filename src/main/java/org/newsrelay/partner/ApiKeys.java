package org.newsrelay.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The shape of an API key: {@code nrk_} and 32 random bytes in base64url. Keys carry 256 bits of
 * entropy, so a plain SHA-256 is enough to store them: nobody can guess one, and a slow password
 * hash would only slow down every request.
 */
public final class ApiKeys {
  static final String SCHEME = "nrk_";

  /** How much of a key is shown to tell keys apart: the scheme and eight characters. */
  static final int PREFIX_LENGTH = SCHEME.length() + 8;

  private static final Pattern SHAPE = Pattern.compile("nrk_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  /** A new key, to be shown once. */
  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a presented string could be one of our keys at all (no database needed to say no). */
  public static boolean wellFormed(String key) {
    return key != null && SHAPE.matcher(key).matches();
  }

  public static String prefix(String key) {
    return key.substring(0, PREFIX_LENGTH);
  }

  public static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

package org.newsrelay.websub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * X-Hub-Signature (W3C WebSub 8): {@code method=hex} where the hex is an HMAC of the raw body under
 * the subscriber's hub.secret. Our hub signs with sha256; hubs we subscribe to may pick sha1,
 * sha256, sha384 or sha512.
 */
public final class HubSignature {
  public static final String HEADER = "X-Hub-Signature";

  private static final Map<String, String> ALGORITHMS =
      Map.of(
          "sha1", "HmacSHA1",
          "sha256", "HmacSHA256",
          "sha384", "HmacSHA384",
          "sha512", "HmacSHA512");

  /** What checking a push's signature found; anything but {@link #VALID} ingests nothing. */
  public enum Verdict {
    VALID("valid"),
    MISSING("the push had no X-Hub-Signature header"),
    MALFORMED("the push's X-Hub-Signature is not of the form method=hex"),
    UNSUPPORTED("the push's X-Hub-Signature uses a method other than sha1, sha256, sha384, sha512"),
    MISMATCH("the push's X-Hub-Signature does not match its body (wrong secret or altered body)");

    private final String reason;

    Verdict(String reason) {
      this.reason = reason;
    }

    /** Why the push was ignored, for an operator. */
    public String reason() {
      return reason;
    }
  }

  private HubSignature() {}

  public static Verdict check(String header, String secret, byte[] body) {
    if (header == null || header.isBlank()) {
      return Verdict.MISSING;
    }
    String value = header.strip();
    int eq = value.indexOf('=');
    if (eq <= 0 || eq == value.length() - 1) {
      return Verdict.MALFORMED;
    }
    String algorithm = ALGORITHMS.get(value.substring(0, eq).toLowerCase(Locale.ROOT));
    if (algorithm == null) {
      return Verdict.UNSUPPORTED;
    }
    byte[] claimed;
    try {
      claimed = HexFormat.of().parseHex(value.substring(eq + 1).toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Verdict.MALFORMED;
    }
    // Constant time, so that the callback does not tell a forger how many bytes were right.
    return MessageDigest.isEqual(claimed, hmac(algorithm, secret, body))
        ? Verdict.VALID
        : Verdict.MISMATCH;
  }

  /** The header value our hub sends, e.g. {@code sha256=5d41...}. */
  public static String sha256(String secret, byte[] body) {
    return sign("sha256", secret, body);
  }

  /** The header value a hub would send with {@code method} (sha1, sha256, sha384 or sha512). */
  public static String sign(String method, String secret, byte[] body) {
    String algorithm = ALGORITHMS.get(method);
    if (algorithm == null) {
      throw new IllegalArgumentException("unknown signature method " + method);
    }
    return method + "=" + HexFormat.of().formatHex(hmac(algorithm, secret, body));
  }

  private static byte[] hmac(String algorithm, String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is missing from this JVM", e);
    }
  }
}

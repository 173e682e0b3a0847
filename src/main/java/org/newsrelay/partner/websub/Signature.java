package org.newsrelay.partner.websub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** X-Hub-Signature (W3C WebSub 8): an HMAC of the body under the subscriber's hub.secret. */
public final class Signature {
  public static final String HEADER = "X-Hub-Signature";

  private Signature() {}

  /** The header value, e.g. {@code sha256=5d41...}. */
  public static String sha256(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}

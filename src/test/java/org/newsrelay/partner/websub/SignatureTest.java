package org.newsrelay.partner.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignatureTest {
  @Test
  void hmacSha256OfTheBody() {
    // The well-known HMAC-SHA256 example: key "key", the quick brown fox.
    assertEquals(
        "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
        Signature.sha256(
            "key", "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)));
  }
}

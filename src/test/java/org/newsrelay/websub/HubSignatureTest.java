package org.newsrelay.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsrelay.websub.HubSignature.Verdict;

class HubSignatureTest {
  private static final byte[] BODY =
      "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

  @Test
  void everyMethodTheSpecAllowsIsChecked() {
    // Published HMAC test values (key "key"), as `openssl dgst -hmac key` prints them.
    assertEquals(
        Verdict.VALID,
        HubSignature.check("sha1=de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9", "key", BODY));
    assertEquals(
        Verdict.VALID,
        HubSignature.check(
            "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
            "key",
            BODY));
    assertEquals(
        Verdict.VALID,
        HubSignature.check(
            "sha384=d7f4727e2c0b39ae0f1e40cc96f60242d5b7801841cea6fc592c5d3e1ae50700582a96cf35e1e554995fe4e03381c237",
            "key",
            BODY));
    assertEquals(
        Verdict.VALID,
        HubSignature.check(
            "sha512=b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a",
            "key",
            BODY));
  }

  @Test
  void methodAndHexAreReadWhateverTheirCase() {
    assertEquals(
        Verdict.VALID,
        HubSignature.check(
            "SHA256=F7BC83F430538424B13298E6AA6FB143EF4D59A14946175997479DBC2D1A3CD8",
            "key",
            BODY));
  }

  @Test
  void aWrongSecretOrAnAlteredBodyIsAMismatch() {
    String signed = HubSignature.sign("sha256", "key", BODY);
    assertEquals(Verdict.VALID, HubSignature.check(signed, "key", BODY));
    assertEquals(Verdict.MISMATCH, HubSignature.check(signed, "other", BODY));
    byte[] altered = BODY.clone();
    altered[0] = 't';
    assertEquals(Verdict.MISMATCH, HubSignature.check(signed, "key", altered));
    // A truncated signature is no shortcut.
    assertEquals(Verdict.MISMATCH, HubSignature.check(signed.substring(0, 21), "key", BODY));
  }

  @Test
  void missingMalformedAndUnknownSignaturesAreRefused() {
    assertEquals(Verdict.MISSING, HubSignature.check(null, "key", BODY));
    assertEquals(Verdict.MISSING, HubSignature.check("  ", "key", BODY));
    assertEquals(Verdict.MALFORMED, HubSignature.check("f7bc83f4", "key", BODY));
    assertEquals(Verdict.MALFORMED, HubSignature.check("sha256=", "key", BODY));
    assertEquals(Verdict.MALFORMED, HubSignature.check("sha256=not-hex", "key", BODY));
    assertEquals(Verdict.MALFORMED, HubSignature.check("sha256=abc", "key", BODY));
    assertEquals(
        Verdict.UNSUPPORTED,
        HubSignature.check("md5=80070713463e7749b90c2dc24911e275", "key", BODY));
  }

  @Test
  void ourHubSignsWithHmacSha256OfTheBody() {
    // The well-known HMAC-SHA256 example: key "key", the quick brown fox.
    assertEquals(
        "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
        HubSignature.sha256(
            "key", "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)));
  }
}

package org.newsrelay.ingest.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsrelay.ingest.websub.PushSignature.Verdict;

class PushSignatureTest {
  private static final byte[] BODY =
      "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

  @Test
  void everyMethodTheSpecAllowsIsChecked() {
    // Published HMAC test values (key "key"), as `openssl dgst -hmac key` prints them.
    assertEquals(
        Verdict.VALID,
        PushSignature.check("sha1=de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9", "key", BODY));
    assertEquals(
        Verdict.VALID,
        PushSignature.check(
            "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
            "key",
            BODY));
    assertEquals(
        Verdict.VALID,
        PushSignature.check(
            "sha384=d7f4727e2c0b39ae0f1e40cc96f60242d5b7801841cea6fc592c5d3e1ae50700582a96cf35e1e554995fe4e03381c237",
            "key",
            BODY));
    assertEquals(
        Verdict.VALID,
        PushSignature.check(
            "sha512=b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a",
            "key",
            BODY));
  }

  @Test
  void methodAndHexAreReadWhateverTheirCase() {
    assertEquals(
        Verdict.VALID,
        PushSignature.check(
            "SHA256=F7BC83F430538424B13298E6AA6FB143EF4D59A14946175997479DBC2D1A3CD8",
            "key",
            BODY));
  }

  @Test
  void aWrongSecretOrAnAlteredBodyIsAMismatch() {
    String signed = PushSignature.sign("sha256", "key", BODY);
    assertEquals(Verdict.VALID, PushSignature.check(signed, "key", BODY));
    assertEquals(Verdict.MISMATCH, PushSignature.check(signed, "other", BODY));
    byte[] altered = BODY.clone();
    altered[0] = 't';
    assertEquals(Verdict.MISMATCH, PushSignature.check(signed, "key", altered));
    // A truncated signature is no shortcut.
    assertEquals(Verdict.MISMATCH, PushSignature.check(signed.substring(0, 21), "key", BODY));
  }

  @Test
  void missingMalformedAndUnknownSignaturesAreRefused() {
    assertEquals(Verdict.MISSING, PushSignature.check(null, "key", BODY));
    assertEquals(Verdict.MISSING, PushSignature.check("  ", "key", BODY));
    assertEquals(Verdict.MALFORMED, PushSignature.check("f7bc83f4", "key", BODY));
    assertEquals(Verdict.MALFORMED, PushSignature.check("sha256=", "key", BODY));
    assertEquals(Verdict.MALFORMED, PushSignature.check("sha256=not-hex", "key", BODY));
    assertEquals(Verdict.MALFORMED, PushSignature.check("sha256=abc", "key", BODY));
    assertEquals(
        Verdict.UNSUPPORTED,
        PushSignature.check("md5=80070713463e7749b90c2dc24911e275", "key", BODY));
  }
}

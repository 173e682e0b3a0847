package org.newsrelay.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeysTest {
  @Test
  void keysAreRandomWellFormedAndTellApartByPrefix() {
    String a = ApiKeys.generate();
    String b = ApiKeys.generate();
    assertNotEquals(a, b);
    assertTrue(ApiKeys.wellFormed(a), a);
    assertEquals(47, a.length(), "nrk_ and 32 bytes in base64url");
    assertEquals(a.substring(0, 12), ApiKeys.prefix(a));
  }

  @Test
  void theHashIsSha256HexOfTheWholeKey() {
    // sha256("nrk_test") computed independently with coreutils' sha256sum.
    assertEquals(
        "d39c7901eaf16c9d0a1e11396a7ad74ec200eaea050e55122faca206cc726afa",
        ApiKeys.hash("nrk_test"));
    assertNotEquals(ApiKeys.hash("nrk_test"), ApiKeys.hash("nrk_tesT"));
  }

  @Test
  void anythingElseIsNotAKey() {
    assertFalse(ApiKeys.wellFormed(null));
    assertFalse(ApiKeys.wellFormed(""));
    assertFalse(ApiKeys.wellFormed("nrk_short"));
    assertFalse(ApiKeys.wellFormed("xyz_" + "A".repeat(43)));
    assertFalse(ApiKeys.wellFormed("nrk_" + "A".repeat(42) + "+"));
    assertFalse(ApiKeys.wellFormed("nrk_" + "A".repeat(44)));
  }
}

package org.newsrelay.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PartnerCallerTest {
  @Test
  void entitledLanguagesAndTopics() {
    PartnerCaller caller =
        new PartnerCaller(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "P",
            Set.of(),
            Set.of("markets"),
            Set.of("en"),
            1,
            1);
    assertTrue(caller.mayRead("en", "all"));
    assertTrue(caller.mayRead("en", "advisories"), "advisories are about every story");
    assertTrue(caller.mayRead("en", "markets"));
    assertFalse(caller.mayRead("en", "sport"));
    assertFalse(caller.mayRead("zh-Hans", "all"));
  }

  @Test
  void onlyPartnerPrincipalsNameAPartner() {
    UUID id = UUID.randomUUID();
    assertEquals(Optional.of(id), PartnerCaller.partnerOf(() -> "partner:" + id));
    assertEquals(Optional.empty(), PartnerCaller.partnerOf(() -> "admin"));
    assertEquals(Optional.empty(), PartnerCaller.partnerOf(() -> "partner:not-a-uuid"));
    assertEquals(Optional.empty(), PartnerCaller.partnerOf(null));
  }

  @Test
  void onlyAPartnersPushesAreAttributedToIt() {
    UUID id = UUID.randomUUID();
    assertEquals(Optional.of(id), Attribution.partnerId("push:partner:" + id));
    assertEquals(Optional.empty(), Attribution.partnerId("push:admin"));
    assertEquals(Optional.empty(), Attribution.partnerId("partner:" + id));
    assertEquals(Optional.empty(), Attribution.partnerId("push:partner:nonsense"));
    assertEquals(Optional.empty(), Attribution.partnerId(null));
  }
}

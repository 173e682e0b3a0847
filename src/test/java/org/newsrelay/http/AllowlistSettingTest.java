package org.newsrelay.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.Settings;

class AllowlistSettingTest {

  @Test
  void theAllowlistComesFromTheSettingWhichRefusalsName() {
    AddressAllowlist allow =
        AddressAllowlist.configured(
            Settings.from(
                Map.of("newsrelay.fetch.allow", "192.168.7.0/24")::get,
                Map.of("NEWSRELAY_FETCH_ALLOW", "10.0.0.0/8")::get));
    assertEquals("192.168.7.0/24", allow.toString());
    assertEquals("NEWSRELAY_FETCH_ALLOW", allow.setting());
  }

  @Test
  void aMistypedEntryNamesTheSettingWhereItCameFromAndTheEntry() {
    Settings settings =
        Settings.from(
            Map.<String, String>of()::get, Map.of("NEWSRELAY_FETCH_ALLOW", "10.0.0.0/33")::get);
    Settings.InvalidSettings e =
        assertThrows(Settings.InvalidSettings.class, () -> AddressAllowlist.configured(settings));
    assertTrue(
        e.getMessage()
            .startsWith(
                "NEWSRELAY_FETCH_ALLOW, from the environment variable NEWSRELAY_FETCH_ALLOW, is"
                    + " '10.0.0.0/33': "),
        e.getMessage());
    assertTrue(e.getMessage().contains("prefix length"), e.getMessage());
  }
}

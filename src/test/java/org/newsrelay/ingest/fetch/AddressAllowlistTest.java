package org.newsrelay.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.Settings;

class AddressAllowlistTest {

  @Test
  void readsHostsAddressesAndRanges() throws Exception {
    AddressAllowlist allow = AddressAllowlist.parse(" 127.0.0.1, ::1 ,Feeds.Internal., 10.0.0.0/8");

    assertTrue(allow.allowsAddress(InetAddress.getByName("127.0.0.1")));
    assertFalse(allow.allowsAddress(InetAddress.getByName("127.0.0.2")));
    assertTrue(allow.allowsAddress(InetAddress.getByName("::1")));
    assertTrue(allow.allowsAddress(InetAddress.getByName("10.200.1.1")));
    assertFalse(allow.allowsAddress(InetAddress.getByName("11.0.0.1")));
    assertTrue(allow.allowsHost("feeds.internal"));
    assertFalse(allow.allowsHost("other.internal"));
  }

  @Test
  void isEmptyByDefault() {
    assertTrue(AddressAllowlist.none().isEmpty());
    assertTrue(AddressAllowlist.parse("").isEmpty());
    assertTrue(AddressAllowlist.parse(null).isEmpty());
  }

  @Test
  void theSystemPropertyWinsOverTheEnvironment() throws Exception {
    Settings settings =
        Settings.from(
            Map.of("newsrelay.fetch.allow", "192.168.7.0/24")::get,
            Map.of("NEWSRELAY_FETCH_ALLOW", "10.0.0.0/8")::get);
    AddressAllowlist allow = AddressAllowlist.configured(settings);
    assertTrue(allow.allowsAddress(InetAddress.getByName("192.168.7.9")));
    assertFalse(allow.allowsAddress(InetAddress.getByName("10.1.1.1")));
  }

  @Test
  void aMistypedSettingNamesItselfAndTheEntry() {
    Settings settings =
        Settings.from(
            Map.<String, String>of()::get, Map.of("NEWSRELAY_FETCH_ALLOW", "10.0.0.0/33")::get);
    Settings.InvalidSettings e =
        assertThrows(Settings.InvalidSettings.class, () -> AddressAllowlist.configured(settings));
    assertTrue(
        e.getMessage()
            .startsWith(
                "NEWSRELAY_FETCH_ALLOW, from the environment variable NEWSRELAY_FETCH_ALLOW, is '10.0.0.0/33': "),
        e.getMessage());
  }

  @Test
  void aMistypedEntryIsReportedNotIgnored() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AddressAllowlist.parse("10.0.0.0/33"));
    assertTrue(e.getMessage().contains("10.0.0.0/33"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AddressAllowlist.parse("http://x/"));
  }
}

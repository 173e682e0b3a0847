package org.newsrelay.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

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
  void aRefusalNamesTheSettingTheListCameFrom() {
    assertEquals("the fetch allowlist", AddressAllowlist.none().setting());
    assertEquals("the fetch allowlist", AddressAllowlist.parse("::1").setting());
    assertEquals("SOME_SETTING", AddressAllowlist.parse("", "SOME_SETTING").setting());
    assertEquals("SOME_SETTING", AddressAllowlist.parse("::1", "SOME_SETTING").setting());
  }

  @Test
  void aMistypedEntryIsReportedNotIgnored() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AddressAllowlist.parse("10.0.0.0/33"));
    assertTrue(e.getMessage().contains("10.0.0.0/33"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AddressAllowlist.parse("http://x/"));
  }
}

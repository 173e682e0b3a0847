package org.newsrelay.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

  private final AddressGuard guard = new AddressGuard(AddressAllowlist.none());

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, loopback",
    "127.255.255.254, loopback",
    "10.20.30.40, private",
    "172.16.0.1, private",
    "172.31.255.255, private",
    "192.168.1.1, private",
    "100.64.0.1, carrier-grade NAT",
    "100.127.255.255, carrier-grade NAT",
    "169.254.169.254, link-local",
    "224.0.0.251, multicast",
    "239.255.255.250, multicast",
    "0.0.0.0, unspecified",
    "255.255.255.255, broadcast",
    "::, unspecified",
    "::1, loopback",
    "fc00::1, unique-local",
    "fd12:3456::1, unique-local",
    "fe80::1, link-local",
    "ff02::1, multicast",
    "::ffff:127.0.0.1, loopback",
    "::127.0.0.1, loopback",
    "::10.0.0.1, private",
    "64:ff9b::127.0.0.1, loopback",
    "64:ff9b::a9fe:a9fe, link-local",
    "2002:7f00:0001::1, loopback",
    "2002:c0a8:0101::, private",
  })
  void refusesNonPublicAddresses(String literal, String kind) throws UnknownHostException {
    Optional<String> refusal = guard.refusal(InetAddress.getByName(literal));
    assertTrue(refusal.isPresent(), literal);
    assertTrue(refusal.get().contains(kind), literal + " -> " + refusal.get());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "8.8.8.8",
        "172.32.0.1",
        "100.128.0.1",
        "2606:4700:4700::1111",
        "64:ff9b::808:808",
        "2002:0808:0808::1"
      })
  void acceptsPublicAddresses(String literal) throws UnknownHostException {
    assertEquals(Optional.empty(), guard.refusal(InetAddress.getByName(literal)), literal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.3", "10.255.0.1", "::1", "127.0.0.1"})
  void theAllowlistOpensOnlyWhatItNames(String literal) throws UnknownHostException {
    AddressGuard allowing = new AddressGuard(AddressAllowlist.parse("10.0.0.0/8, ::1, 127.0.0.1"));
    assertEquals(Optional.empty(), allowing.refusal(InetAddress.getByName(literal)));
    assertTrue(allowing.refusal(InetAddress.getByName("192.168.0.1")).isPresent());
    assertTrue(allowing.refusal(InetAddress.getByName("127.0.0.2")).isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"::ffff:127.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::"})
  void anAllowedIpv4AddressIsAlsoAllowedInItsIpv6Forms(String literal) throws UnknownHostException {
    AddressGuard allowing = new AddressGuard(AddressAllowlist.parse("127.0.0.1"));
    assertEquals(Optional.empty(), allowing.refusal(InetAddress.getByName(literal)));
  }
}

package org.newsrelay.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4SpellingTest {

  @ParameterizedTest
  @CsvSource({
    "2130706433, 127.0.0.1",
    "0177.0.0.1, 127.0.0.1",
    "0x7f.1, 127.0.0.1",
    "0x7F.0.0.1, 127.0.0.1",
    "127.1, 127.0.0.1",
    "127.0.1, 127.0.0.1",
    "0x7f000001, 127.0.0.1",
    "017700000001, 127.0.0.1",
    "0xa9.0xfe.0xa9.0xfe, 169.254.169.254",
    "2852039166, 169.254.169.254",
  })
  void readsNumericHostsAsBrowsersDo(String host, String address) {
    Ipv4Spelling.Reading reading = Ipv4Spelling.read(host).orElseThrow();
    assertEquals(address, reading.address().getHostAddress());
    assertFalse(reading.canonical());
  }

  @Test
  void dottedDecimalIsCanonical() {
    Ipv4Spelling.Reading reading = Ipv4Spelling.read("93.184.216.34").orElseThrow();
    assertTrue(reading.canonical());
    assertEquals("93.184.216.34", reading.address().getHostAddress());
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "news.example", "1.2.3.example", "localhost"})
  void leavesNamesAlone(String host) {
    assertTrue(Ipv4Spelling.read(host).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"256.0.0.1", "08.0.0.1", "1.2.3.4.5", "example.1", "4294967296"})
  void refusesNumbersThatAreNoAddress(String host) {
    assertThrows(IllegalArgumentException.class, () -> Ipv4Spelling.read(host));
  }
}

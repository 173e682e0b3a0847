package org.newsrelay.http;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Reads host names the way browsers and C's inet_aton do when they are made of numbers: {@code
 * 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1} all mean 127.0.0.1. Java reads some of them
 * differently (or as DNS names), so the guard must know what other software would connect to.
 */
final class Ipv4Spelling {

  /** The result of reading a numeric host; {@code canonical} is false for anything but a.b.c.d. */
  record Reading(InetAddress address, boolean canonical) {}

  private Ipv4Spelling() {}

  /**
   * Empty when the host is an ordinary name; otherwise the address it spells.
   *
   * @throws IllegalArgumentException when it is numeric but no valid address
   */
  static Optional<Reading> read(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String[] parts = h.split("\\.", -1);
    // As in the WHATWG URL standard: a host whose last label is a number is an IPv4 address.
    if (parts.length == 0 || !isNumber(parts[parts.length - 1])) {
      return Optional.empty();
    }
    if (parts.length > 4) {
      throw new IllegalArgumentException("has more than four numeric parts");
    }
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      if (!isNumber(parts[i])) {
        throw new IllegalArgumentException("mixes names and numbers");
      }
      values[i] = value(parts[i]);
    }
    long address = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (values[i] > 255) {
        throw new IllegalArgumentException("has a part above 255");
      }
      address = (address << 8) | values[i];
    }
    int lastBits = 8 * (4 - (parts.length - 1));
    long last = values[parts.length - 1];
    if (last >= (1L << lastBits)) {
      throw new IllegalArgumentException("is out of the IPv4 range");
    }
    address = (address << lastBits) | last;
    byte[] bytes = {
      (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address
    };
    boolean canonical = h.matches("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}");
    try {
      return Optional.of(new Reading(InetAddress.getByAddress(bytes), canonical));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("is not an address", e);
    }
  }

  private static boolean isNumber(String part) {
    return part.matches("(?i)0x[0-9a-f]*|[0-9]+");
  }

  private static long value(String part) {
    BigInteger v;
    String p = part.toLowerCase();
    if (p.startsWith("0x")) {
      v = p.length() == 2 ? BigInteger.ZERO : new BigInteger(p.substring(2), 16);
    } else if (p.length() > 1 && p.startsWith("0")) {
      if (!p.matches("[0-7]+")) {
        throw new IllegalArgumentException("has an invalid octal part");
      }
      v = new BigInteger(p.substring(1), 8);
    } else {
      v = new BigInteger(p);
    }
    return v.bitLength() > 40 ? Long.MAX_VALUE : v.longValue();
  }
}

package org.newsrelay.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address range such as {@code 10.0.0.0/8} or {@code fc00::/7}. */
record Cidr(byte[] network, int prefixLength) {

  /** Parses a literal address or range; never consults DNS. */
  static Cidr parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    String addressPart = slash < 0 ? trimmed : trimmed.substring(0, slash);
    byte[] bytes = literalBytes(addressPart);
    int prefix = bytes.length * 8;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(trimmed.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad prefix length in address range '" + text + "'");
      }
      if (prefix < 0 || prefix > bytes.length * 8) {
        throw new IllegalArgumentException("prefix length out of range in '" + text + "'");
      }
    }
    return new Cidr(bytes, prefix);
  }

  static boolean looksLikeLiteral(String text) {
    String t = text.trim();
    return t.contains(":") || t.contains("/") || t.matches("[0-9.]+");
  }

  boolean contains(InetAddress address) {
    return contains(address.getAddress());
  }

  boolean contains(byte[] candidate) {
    if (candidate.length != network.length) {
      return false;
    }
    int fullBytes = prefixLength / 8;
    for (int i = 0; i < fullBytes; i++) {
      if (candidate[i] != network[i]) {
        return false;
      }
    }
    int rest = prefixLength % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
  }

  private static byte[] literalBytes(String literal) {
    String bare =
        literal.startsWith("[") && literal.endsWith("]")
            ? literal.substring(1, literal.length() - 1)
            : literal;
    boolean v4 = bare.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!v4 && !bare.contains(":")) {
      throw new IllegalArgumentException("'" + literal + "' is not an IP address");
    }
    try {
      // Literal forms only (checked above), so this does no DNS lookup.
      return InetAddress.getByName(bare).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + literal + "' is not an IP address", e);
    }
  }

  @Override
  public String toString() {
    try {
      return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
    } catch (UnknownHostException e) {
      return "?/" + prefixLength;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr c
        && c.prefixLength == prefixLength
        && java.util.Arrays.equals(c.network, network);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(network) * 31 + prefixLength;
  }
}

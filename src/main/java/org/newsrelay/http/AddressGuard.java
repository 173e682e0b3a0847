package org.newsrelay.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an address may be fetched: public addresses may, private and local ones may not
 * unless the allowlist says so. IPv4 addresses embedded in IPv6 forms are judged as the IPv4
 * address they carry, since that is where the packets end up.
 */
final class AddressGuard {

  private record Range(Cidr cidr, String kind) {}

  private static final List<Range> V4 =
      List.of(
          range("0.0.0.0/8", "unspecified (\"this network\")"),
          range("10.0.0.0/8", "private"),
          range("100.64.0.0/10", "carrier-grade NAT (shared)"),
          range("127.0.0.0/8", "loopback"),
          range("169.254.0.0/16", "link-local"),
          range("172.16.0.0/12", "private"),
          range("192.0.0.0/24", "IETF protocol assignment"),
          range("192.0.2.0/24", "documentation"),
          range("192.88.99.0/24", "6to4 relay anycast"),
          range("192.168.0.0/16", "private"),
          range("198.18.0.0/15", "benchmarking"),
          range("198.51.100.0/24", "documentation"),
          range("203.0.113.0/24", "documentation"),
          range("224.0.0.0/4", "multicast"),
          range("255.255.255.255/32", "broadcast"),
          range("240.0.0.0/4", "reserved"));

  private static final List<Range> V6 =
      List.of(
          range("::/128", "unspecified"),
          range("::1/128", "loopback"),
          range("64:ff9b:1::/48", "local-use NAT64"),
          range("100::/64", "discard-only"),
          range("2001::/32", "Teredo tunnel"),
          range("2001:db8::/32", "documentation"),
          range("2001:10::/28", "ORCHID"),
          range("fc00::/7", "unique-local"),
          range("fe80::/10", "link-local"),
          range("fec0::/10", "site-local"),
          range("ff00::/8", "multicast"));

  // Written out: Java reads "::ffff:0:0" as the IPv4 address 0.0.0.0.
  private static final Cidr V4_MAPPED =
      new Cidr(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0}, 96);
  private static final Cidr V4_COMPATIBLE = Cidr.parse("::/96");
  private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
  private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

  private final AddressAllowlist allow;

  AddressGuard(AddressAllowlist allow) {
    this.allow = allow;
  }

  /** Empty when the address may be fetched, else a phrase such as "a loopback address". */
  Optional<String> refusal(InetAddress address) {
    if (allow.allowsAddress(address)) {
      return Optional.empty();
    }
    Optional<String> kind = kindOfNonPublic(address);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Optional<InetAddress> embedded = embeddedIpv4(address);
    if (embedded.isPresent() && allow.allowsAddress(embedded.get())) {
      return Optional.empty();
    }
    return kind;
  }

  /** What kind of non-public address it is, e.g. "a loopback address"; empty when public. */
  static Optional<String> kindOfNonPublic(InetAddress address) {
    if (address instanceof Inet4Address) {
      return kindIn(V4, address.getAddress());
    }
    if (address instanceof Inet6Address) {
      byte[] bytes = address.getAddress();
      Optional<String> own = kindIn(V6, bytes);
      if (own.isPresent()) {
        return own;
      }
      Optional<InetAddress> embedded = embeddedIpv4(address);
      if (embedded.isPresent()) {
        return kindOfNonPublic(embedded.get())
            .map(
                kind ->
                    "an IPv6 address carrying "
                        + kind
                        + " ("
                        + embedded.get().getHostAddress()
                        + ")");
      }
      return Optional.empty();
    }
    return Optional.of("an address of unknown kind");
  }

  /**
   * The IPv4 address an IPv6 address carries: IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96)
   * and 6to4 (2002::/16).
   */
  static Optional<InetAddress> embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return Optional.empty();
    }
    byte[] b = address.getAddress();
    byte[] v4 = null;
    if (V4_MAPPED.contains(b) || V4_COMPATIBLE.contains(b) || NAT64.contains(b)) {
      v4 = new byte[] {b[12], b[13], b[14], b[15]};
    } else if (SIX_TO_FOUR.contains(b)) {
      v4 = new byte[] {b[2], b[3], b[4], b[5]};
    }
    if (v4 == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByAddress(v4));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> kindIn(List<Range> ranges, byte[] bytes) {
    for (Range r : ranges) {
      if (r.cidr().contains(bytes)) {
        String kind = r.kind();
        String article = "aeiouAEIOU".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
        return Optional.of(article + kind + " address");
      }
    }
    return Optional.empty();
  }

  private static Range range(String cidr, String kind) {
    return new Range(Cidr.parse(cidr), kind);
  }
}

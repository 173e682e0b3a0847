package org.newsrelay.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client connects only to addresses this resolver returns, so checking here closes the gap
 * between "the name looked public when we checked" and "it resolved to 127.0.0.1 when we connected"
 * (DNS rebinding). Public so that other outgoing HTTP (WebSub callbacks) connects through the same
 * guard.
 */
public final class GuardedDnsResolver implements DnsResolver {

  private final AddressAllowlist allow;
  private final AddressGuard guard;

  public GuardedDnsResolver(AddressAllowlist allow) {
    this.allow = allow;
    this.guard = new AddressGuard(allow);
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    String bare = stripBrackets(host);
    InetAddress[] addresses = lookUp(bare);
    if (allow.allowsHost(bare)) {
      return addresses;
    }
    // One private answer is enough to refuse: a name that mixes public and private answers is
    // either misconfigured or an attack, and retrying until we hit the private one must not work.
    for (InetAddress address : addresses) {
      Optional<String> refusal = guard.refusal(address);
      if (refusal.isPresent()) {
        throw new BlockedAddressException(describe(bare, address, refusal.get(), allow));
      }
    }
    return addresses;
  }

  @Override
  public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
    List<InetSocketAddress> result = new ArrayList<>();
    for (InetAddress address : resolve(host)) {
      result.add(new InetSocketAddress(address, port));
    }
    return result;
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return stripBrackets(host);
  }

  static String describe(String host, InetAddress address, String kind, AddressAllowlist allow) {
    String where =
        host.equalsIgnoreCase(address.getHostAddress())
            ? address.getHostAddress()
            : host + " resolves to " + address.getHostAddress() + ", which";
    return where
        + " is "
        + kind
        + "; fetching private or local addresses is refused"
        + " (an operator can allow it in "
        + allow.setting()
        + ")";
  }

  private static InetAddress[] lookUp(String host) throws UnknownHostException {
    Optional<Ipv4Spelling.Reading> numeric;
    try {
      numeric = Ipv4Spelling.read(host);
    } catch (IllegalArgumentException e) {
      throw new UnknownHostException(host + " is not a valid IPv4 address: it " + e.getMessage());
    }
    if (numeric.isPresent()) {
      // Connect to what a browser would, not to Java's own reading of 0177.0.0.1 (177.0.0.1).
      return new InetAddress[] {numeric.get().address()};
    }
    return InetAddress.getAllByName(host);
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}

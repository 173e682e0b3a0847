package org.newsrelay.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a URL may be fetched at all: http or https, a host, and no private or local address,
 * whether the host is written as an address or resolves to one. The same check guards a polled
 * source when it is registered and a subscriber's callback when it subscribes.
 */
public final class UrlCheck {
  private final AddressAllowlist allow;
  private final AddressGuard guard;
  private final GuardedDnsResolver resolver;

  public UrlCheck(AddressAllowlist allow) {
    this(allow, new GuardedDnsResolver(allow));
  }

  UrlCheck(AddressAllowlist allow, GuardedDnsResolver resolver) {
    this.allow = allow;
    this.guard = new AddressGuard(allow);
    this.resolver = resolver;
  }

  /** Scheme, host, and where the host resolves. */
  public void check(URI url) throws FetchException {
    String host = syntax(url);
    try {
      resolver.resolve(host);
    } catch (BlockedAddressException e) {
      throw new FetchException(FetchException.Reason.BLOCKED_ADDRESS, e.getMessage(), e);
    } catch (UnknownHostException e) {
      throw FetchFailures.unknownHost(host, e);
    }
  }

  /** Checks that need no network: scheme, host, and hosts that are addresses themselves. */
  String syntax(URI url) throws FetchException {
    if (url == null) {
      throw new FetchException(FetchException.Reason.BAD_URL, "no URL given");
    }
    String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme == null || url.isOpaque() && !scheme.startsWith("http")) {
      throw new FetchException(
          FetchException.Reason.BAD_URL,
          url
              + " is not an http or https URL"
              + (scheme == null ? "" : " (scheme " + scheme + ")"));
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          FetchException.Reason.BAD_URL,
          "only http and https URLs can be fetched, not " + scheme + ": (" + url + ")");
    }
    String host = url.getHost();
    if (host == null) {
      host = hostFromAuthority(url);
    }
    if (host == null || host.isEmpty()) {
      throw new FetchException(FetchException.Reason.BAD_URL, url + " has no host name");
    }
    if (host.startsWith("[")) {
      checkLiteral(url, host, literalV6(url, host));
      return host;
    }
    Optional<Ipv4Spelling.Reading> numeric;
    try {
      numeric = Ipv4Spelling.read(host);
    } catch (IllegalArgumentException e) {
      throw new FetchException(
          FetchException.Reason.BAD_URL,
          "the host " + host + " in " + url + " is not a valid IPv4 address: it " + e.getMessage());
    }
    if (numeric.isPresent()) {
      Ipv4Spelling.Reading reading = numeric.get();
      checkLiteral(url, host, reading.address());
      if (!reading.canonical()) {
        throw new FetchException(
            FetchException.Reason.BAD_URL,
            "the host "
                + host
                + " in "
                + url
                + " is an unusual spelling of the address "
                + reading.address().getHostAddress()
                + "; write the address as "
                + reading.address().getHostAddress());
      }
      return host;
    }
    if (url.getHost() == null) {
      throw new FetchException(
          FetchException.Reason.BAD_URL, "the host name " + host + " in " + url + " is not valid");
    }
    return host;
  }

  private void checkLiteral(URI url, String host, InetAddress address) throws FetchException {
    if (allow.allowsHost(host)) {
      return;
    }
    Optional<String> refusal = guard.refusal(address);
    if (refusal.isPresent()) {
      boolean plainSpelling =
          host.equals(address.getHostAddress())
              || host.startsWith("[") && address instanceof Inet6Address;
      String spelled = plainSpelling ? host : host + " (that is " + address.getHostAddress() + ")";
      throw new FetchException(
          FetchException.Reason.BLOCKED_ADDRESS,
          "refused "
              + url
              + ": "
              + spelled
              + " is "
              + refusal.get()
              + "; fetching private or local addresses is refused"
              + " (an operator can allow it in "
              + allow.setting()
              + ")");
    }
  }

  private static InetAddress literalV6(URI url, String host) throws FetchException {
    String bare = host.substring(1, host.length() - 1);
    if (!bare.contains(":") || !bare.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
      throw new FetchException(
          FetchException.Reason.BAD_URL, url + " has an invalid IPv6 host " + host);
    }
    try {
      return InetAddress.getByName(bare);
    } catch (UnknownHostException e) {
      throw new FetchException(
          FetchException.Reason.BAD_URL, url + " has an invalid IPv6 host " + host, e);
    }
  }

  /** java.net.URI leaves the host null for names like 2130706433; read them from the authority. */
  private static String hostFromAuthority(URI url) {
    String authority = url.getRawAuthority();
    if (authority == null) {
      return null;
    }
    int at = authority.lastIndexOf('@');
    String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      return close < 0 ? hostPort : hostPort.substring(0, close + 1);
    }
    int colon = hostPort.lastIndexOf(':');
    return colon >= 0 ? hostPort.substring(0, colon) : hostPort;
  }
}

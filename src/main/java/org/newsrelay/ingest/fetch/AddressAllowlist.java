package org.newsrelay.ingest.fetch;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsrelay.platform.Setting;
import org.newsrelay.platform.Settings;

/**
 * Hosts and address ranges that an operator (or a test) lets the fetcher reach although they are
 * private or local. Empty by default: nothing private is reachable.
 */
public final class AddressAllowlist {

  private static final AddressAllowlist NONE = new AddressAllowlist(Set.of(), List.of());

  private final Set<String> hosts;
  private final List<Cidr> ranges;

  private AddressAllowlist(Set<String> hosts, List<Cidr> ranges) {
    this.hosts = hosts;
    this.ranges = ranges;
  }

  /**
   * Parses e.g. {@code 127.0.0.1,::1,localhost,10.0.0.0/8}.
   *
   * @throws IllegalArgumentException naming the entry that is neither a host name nor a range
   */
  public static AddressAllowlist parse(String commaSeparatedHostsOrCidrs) {
    if (commaSeparatedHostsOrCidrs == null || commaSeparatedHostsOrCidrs.isBlank()) {
      return NONE;
    }
    Set<String> hosts = new TreeSet<>();
    List<Cidr> ranges = new ArrayList<>();
    for (String raw : commaSeparatedHostsOrCidrs.split(",")) {
      String entry = raw.trim();
      if (entry.isEmpty()) {
        continue;
      }
      if (Cidr.looksLikeLiteral(entry)) {
        ranges.add(Cidr.parse(entry));
      } else if (entry.matches("[A-Za-z0-9._-]+")) {
        hosts.add(normaliseHost(entry));
      } else {
        throw new IllegalArgumentException(
            "fetch allowlist entry '" + entry + "' is neither a host name nor an address range");
      }
    }
    return new AddressAllowlist(Set.copyOf(hosts), List.copyOf(ranges));
  }

  public static AddressAllowlist none() {
    return NONE;
  }

  /**
   * The installation's: {@link Setting#FETCH_ALLOW}, else empty.
   *
   * @throws Settings.InvalidSettings naming the setting and the entry that is wrong (logged)
   */
  public static AddressAllowlist configured() {
    return configured(Settings.current());
  }

  /** As {@link #configured()}, from the given settings. */
  public static AddressAllowlist configured(Settings settings) {
    try {
      return parse(settings.fetchAllow());
    } catch (IllegalArgumentException e) {
      throw settings.invalid(Setting.FETCH_ALLOW, e.getMessage());
    }
  }

  boolean allowsHost(String host) {
    return host != null && hosts.contains(normaliseHost(host));
  }

  boolean allowsAddress(InetAddress address) {
    for (Cidr range : ranges) {
      if (range.contains(address)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return hosts.isEmpty() && ranges.isEmpty();
  }

  private static String normaliseHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>(hosts);
    ranges.forEach(r -> parts.add(r.toString()));
    return String.join(",", parts);
  }
}

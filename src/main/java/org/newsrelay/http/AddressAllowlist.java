package org.newsrelay.http;

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

  private static final String UNNAMED = "the fetch allowlist";
  private static final AddressAllowlist NONE = new AddressAllowlist(Set.of(), List.of(), UNNAMED);

  private final Set<String> hosts;
  private final List<Cidr> ranges;
  private final String setting;

  private AddressAllowlist(Set<String> hosts, List<Cidr> ranges, String setting) {
    this.hosts = hosts;
    this.ranges = ranges;
    this.setting = setting;
  }

  /**
   * Parses e.g. {@code 127.0.0.1,::1,localhost,10.0.0.0/8}.
   *
   * @throws IllegalArgumentException naming the entry that is neither a host name nor a range
   */
  public static AddressAllowlist parse(String commaSeparatedHostsOrCidrs) {
    return parse(commaSeparatedHostsOrCidrs, UNNAMED);
  }

  /**
   * As {@link #parse(String)}, for the setting an operator extends it in, which a refusal names
   * ({@link #configured} reads it from the settings).
   */
  public static AddressAllowlist parse(String commaSeparatedHostsOrCidrs, String setting) {
    if (commaSeparatedHostsOrCidrs == null || commaSeparatedHostsOrCidrs.isBlank()) {
      return setting.equals(UNNAMED) ? NONE : new AddressAllowlist(Set.of(), List.of(), setting);
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
    return new AddressAllowlist(Set.copyOf(hosts), List.copyOf(ranges), setting);
  }

  /**
   * The hosts and ranges that outgoing HTTP (polls, hub callbacks) may reach although private, from
   * {@link Setting#FETCH_ALLOW}.
   *
   * @throws Settings.InvalidSettings naming the setting and its wrong entry (logged)
   */
  public static AddressAllowlist configured(Settings settings) {
    try {
      return parse(settings.fetchAllow(), Setting.FETCH_ALLOW.variable());
    } catch (IllegalArgumentException e) {
      throw settings.invalid(Setting.FETCH_ALLOW, e.getMessage());
    }
  }

  public static AddressAllowlist none() {
    return NONE;
  }

  /** Where an operator extends this list, for a refusal to name: the setting it came from. */
  public String setting() {
    return setting;
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

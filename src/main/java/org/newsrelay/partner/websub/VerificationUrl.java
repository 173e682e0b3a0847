package org.newsrelay.partner.websub;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The GET that asks a subscriber to confirm: its callback with the hub.* query parameters added.
 */
final class VerificationUrl {
  private VerificationUrl() {}

  static URI of(URI callback, String mode, String topic, String challenge, Integer leaseSeconds) {
    StringBuilder query = new StringBuilder();
    add(query, "hub.mode", mode);
    add(query, "hub.topic", topic);
    add(query, "hub.challenge", challenge);
    if (leaseSeconds != null) {
      add(query, "hub.lease_seconds", leaseSeconds.toString());
    }
    String url = callback.toString();
    return URI.create(url + (callback.getRawQuery() == null ? "?" : "&") + query);
  }

  private static void add(StringBuilder query, String name, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    query
        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}

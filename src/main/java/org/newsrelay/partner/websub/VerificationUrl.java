package org.newsrelay.partner.websub;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.newsrelay.websub.HubFields;

/**
 * The GET that asks a subscriber to confirm: its callback with the hub.* query parameters added.
 */
final class VerificationUrl {
  private VerificationUrl() {}

  static URI of(URI callback, String mode, String topic, String challenge, Integer leaseSeconds) {
    StringBuilder query = new StringBuilder();
    add(query, HubFields.MODE, mode);
    add(query, HubFields.TOPIC, topic);
    add(query, HubFields.CHALLENGE, challenge);
    if (leaseSeconds != null) {
      add(query, HubFields.LEASE_SECONDS, leaseSeconds.toString());
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

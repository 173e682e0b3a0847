package org.newsrelay.ingest.websub;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A subscribe or unsubscribe request to send to a hub, taken from a subscription's row. */
record HubRequest(
    UUID subscriptionId,
    String mode,
    String hub,
    String topic,
    String callback,
    String secret,
    Integer leaseSeconds) {

  /** The form the hub reads (W3C WebSub 5.1). */
  Map<String, String> form() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("hub.mode", mode);
    form.put("hub.topic", topic);
    form.put("hub.callback", callback);
    if (secret != null) {
      form.put("hub.secret", secret);
    }
    if (leaseSeconds != null) {
      form.put("hub.lease_seconds", leaseSeconds.toString());
    }
    return form;
  }
}

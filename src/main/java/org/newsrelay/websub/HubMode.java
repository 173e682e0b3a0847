package org.newsrelay.websub;

/** {@code hub.mode} (W3C WebSub 5.1, 5.3, 5.4): what a request or a verification is about. */
public enum HubMode {
  subscribe,
  unsubscribe,
  /** Sent by a hub to a subscriber's callback only: the hub refuses or ends a subscription. */
  denied
}

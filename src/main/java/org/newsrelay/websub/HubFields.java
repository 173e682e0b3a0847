package org.newsrelay.websub;

/** The names of WebSub's form and query fields (W3C WebSub 5.1, 5.3). */
public final class HubFields {
  public static final String MODE = "hub.mode";
  public static final String TOPIC = "hub.topic";
  public static final String CALLBACK = "hub.callback";
  public static final String LEASE_SECONDS = "hub.lease_seconds";
  public static final String SECRET = "hub.secret";
  public static final String CHALLENGE = "hub.challenge";
  public static final String REASON = "hub.reason";

  private HubFields() {}
}

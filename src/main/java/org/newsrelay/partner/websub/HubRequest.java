package org.newsrelay.partner.websub;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsrelay.platform.ProblemException;

/**
 * A subscriber's request to the hub, with its form fields checked (W3C WebSub 5.1): everything here
 * can be judged without the network or the database.
 */
public record HubRequest(Mode mode, URI callback, String topic, int leaseSeconds, String secret) {
  /** hub.mode. */
  public enum Mode {
    subscribe,
    unsubscribe
  }

  static final int MIN_LEASE_SECONDS = 300;
  static final int MAX_LEASE_SECONDS = (int) Duration.ofDays(30).toSeconds();
  static final int DEFAULT_LEASE_SECONDS = (int) Duration.ofDays(10).toSeconds();

  /**
   * WebSub: "A subscriber-provided cryptographically random unique secret string ... less than 200
   * bytes".
   */
  static final int MAX_SECRET_BYTES = 199;

  public static HubRequest of(Map<String, List<String>> form) {
    String modeName = single(form, "hub.mode");
    if (modeName == null) {
      throw ProblemException.badRequest("hub.mode must be \"subscribe\" or \"unsubscribe\".");
    }
    Mode mode;
    try {
      mode = Mode.valueOf(modeName);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "hub.mode must be \"subscribe\" or \"unsubscribe\", not \"" + modeName + "\".");
    }
    URI callback = callback(single(form, "hub.callback"));
    String topic = single(form, "hub.topic");
    if (topic == null) {
      throw ProblemException.badRequest("hub.topic must name one of our feeds by its URL.");
    }
    int lease = lease(single(form, "hub.lease_seconds"));
    String secret = single(form, "hub.secret");
    if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length > MAX_SECRET_BYTES) {
      throw ProblemException.badRequest("hub.secret must be shorter than 200 bytes.");
    }
    return new HubRequest(mode, callback, topic, lease, secret);
  }

  private static String single(Map<String, List<String>> form, String name) {
    List<String> values = form == null ? null : form.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw ProblemException.badRequest(name + " is given more than once.");
    }
    String value = values.get(0);
    return value == null || value.isEmpty() ? null : value;
  }

  private static URI callback(String value) {
    if (value == null) {
      throw ProblemException.badRequest("hub.callback must be the URL that receives deliveries.");
    }
    if (value.length() > 2048) {
      throw ProblemException.badRequest("hub.callback is longer than 2048 characters.");
    }
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw ProblemException.badRequest("hub.callback is not a URL: " + e.getReason() + ".");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || !(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getRawFragment() != null) {
      throw ProblemException.badRequest(
          "hub.callback must be an absolute http or https URL without a fragment.");
    }
    return uri;
  }

  private static int lease(String value) {
    if (value == null) {
      return DEFAULT_LEASE_SECONDS;
    }
    long seconds;
    try {
      seconds = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (seconds < MIN_LEASE_SECONDS || seconds > MAX_LEASE_SECONDS) {
      throw ProblemException.badRequest(
          "hub.lease_seconds must be a whole number of seconds from "
              + MIN_LEASE_SECONDS
              + " to "
              + MAX_LEASE_SECONDS
              + ".");
    }
    return (int) seconds;
  }
}

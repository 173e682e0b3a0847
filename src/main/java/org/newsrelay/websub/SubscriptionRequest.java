package org.newsrelay.websub;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsrelay.platform.InvalidInput;

/**
 * A subscribe or unsubscribe request (W3C WebSub 5.1), as a subscriber sends it ({@link #form()})
 * and as a hub reads it ({@link #read}), with its fields checked: everything here can be judged
 * without the network or the database.
 *
 * @param leaseSeconds nullable in a request to send: the hub then chooses
 * @param secret nullable: deliveries are then unsigned
 */
public record SubscriptionRequest(
    HubMode mode, URI callback, String topic, Integer leaseSeconds, String secret) {

  /**
   * WebSub: "A subscriber-provided cryptographically random unique secret string ... less than 200
   * bytes".
   */
  public static final int MAX_SECRET_BYTES = 199;

  static final int MAX_CALLBACK_CHARS = 2048;

  /** The form the hub reads. */
  public Map<String, String> form() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(HubFields.MODE, mode.name());
    form.put(HubFields.TOPIC, topic);
    form.put(HubFields.CALLBACK, callback.toString());
    if (secret != null) {
      form.put(HubFields.SECRET, secret);
    }
    if (leaseSeconds != null) {
      form.put(HubFields.LEASE_SECONDS, leaseSeconds.toString());
    }
    return form;
  }

  /**
   * A subscriber's request as the hub received it; the lease is {@link LeaseBounds#DEFAULT_SECONDS}
   * when none is asked for.
   *
   * @throws InvalidInput naming the field that is missing, repeated or malformed
   */
  public static SubscriptionRequest read(Map<String, List<String>> form) {
    String modeName = single(form, HubFields.MODE);
    if (modeName == null) {
      throw new InvalidInput("hub.mode must be \"subscribe\" or \"unsubscribe\".");
    }
    HubMode mode = mode(modeName);
    URI callback = callback(single(form, HubFields.CALLBACK));
    String topic = single(form, HubFields.TOPIC);
    if (topic == null) {
      throw new InvalidInput("hub.topic must name one of our feeds by its URL.");
    }
    int lease = lease(single(form, HubFields.LEASE_SECONDS));
    String secret = single(form, HubFields.SECRET);
    if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length > MAX_SECRET_BYTES) {
      throw new InvalidInput("hub.secret must be shorter than 200 bytes.");
    }
    return new SubscriptionRequest(mode, callback, topic, lease, secret);
  }

  /** Only a hub denies: from a subscriber, "denied" is as unknown as any other word. */
  private static HubMode mode(String name) {
    try {
      HubMode mode = HubMode.valueOf(name);
      if (mode != HubMode.denied) {
        return mode;
      }
    } catch (IllegalArgumentException e) {
      // Refused below, with the word that was given.
    }
    throw new InvalidInput(
        "hub.mode must be \"subscribe\" or \"unsubscribe\", not \"" + name + "\".");
  }

  private static String single(Map<String, List<String>> form, String name) {
    List<String> values = form == null ? null : form.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new InvalidInput(name + " is given more than once.");
    }
    String value = values.get(0);
    return value == null || value.isEmpty() ? null : value;
  }

  private static URI callback(String value) {
    if (value == null) {
      throw new InvalidInput("hub.callback must be the URL that receives deliveries.");
    }
    if (value.length() > MAX_CALLBACK_CHARS) {
      throw new InvalidInput("hub.callback is longer than 2048 characters.");
    }
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new InvalidInput("hub.callback is not a URL: " + e.getReason() + ".");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || !(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getRawFragment() != null) {
      throw new InvalidInput(
          "hub.callback must be an absolute http or https URL without a fragment.");
    }
    return uri;
  }

  private static int lease(String value) {
    if (value == null) {
      return LeaseBounds.DEFAULT_SECONDS;
    }
    long seconds;
    try {
      seconds = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (!LeaseBounds.within(seconds)) {
      throw new InvalidInput(
          "hub.lease_seconds must be a whole number of seconds from "
              + LeaseBounds.MIN_SECONDS
              + " to "
              + LeaseBounds.MAX_SECONDS
              + ".");
    }
    return (int) seconds;
  }
}

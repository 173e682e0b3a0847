package org.newsrelay.http;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;

/** Says why an exchange failed, in words for an operator, with the policy's limits named. */
final class FetchFailures {
  private final FetchPolicy policy;

  FetchFailures(FetchPolicy policy) {
    this.policy = policy;
  }

  FetchException translate(URI url, IOException e, boolean timedOut) {
    String host = url.getHost() == null ? String.valueOf(url.getRawAuthority()) : url.getHost();
    if (e instanceof BlockedAddressException) {
      return new FetchException(
          FetchException.Reason.BLOCKED_ADDRESS, "refused " + url + ": " + e.getMessage(), e);
    }
    if (timedOut) {
      return timeout(url, e);
    }
    if (e instanceof UnknownHostException) {
      return unknownHost(host, e);
    }
    if (e instanceof ConnectTimeoutException) {
      return new FetchException(
          FetchException.Reason.TIMEOUT,
          "could not connect to "
              + host
              + " within "
              + seconds(policy.connectTimeout())
              + " (fetching "
              + url
              + ")",
          e);
    }
    if (e instanceof HttpHostConnectException) {
      return new FetchException(
          FetchException.Reason.CONNECT_FAILED,
          "could not connect to " + host + " (fetching " + url + "): " + e.getMessage(),
          e);
    }
    if (e instanceof SSLException) {
      return new FetchException(
          FetchException.Reason.CONNECT_FAILED,
          "the secure (TLS) connection to " + host + " failed: " + e.getMessage(),
          e);
    }
    if (e instanceof SocketTimeoutException) {
      return timeout(url, e);
    }
    return new FetchException(
        FetchException.Reason.IO,
        "fetching " + url + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()),
        e);
  }

  /** A failure that is not an I/O error, such as a cancelled request; {@code doing} the verb. */
  FetchException unexpected(URI url, RuntimeException e, boolean timedOut, String doing) {
    if (timedOut) {
      return timeout(url, e);
    }
    return new FetchException(
        FetchException.Reason.IO, doing + " " + url + " failed: " + e.getMessage(), e);
  }

  FetchException timeout(URI url, Throwable cause) {
    return new FetchException(
        FetchException.Reason.TIMEOUT,
        "fetching "
            + url
            + " took longer than the "
            + seconds(policy.totalTimeout())
            + " allowed for a whole response",
        cause);
  }

  FetchException tooLarge(URI url) {
    return new FetchException(
        FetchException.Reason.TOO_LARGE,
        "the response from "
            + url
            + " is larger than the "
            + policy.maxBytes()
            + " bytes allowed (counted after decompression)");
  }

  static FetchException unknownHost(String host, Exception e) {
    String detail = e.getMessage();
    String message =
        detail != null && detail.contains(" is not a valid ")
            ? detail
            : "the host name " + host + " could not be resolved (no such host, or DNS failed)";
    return new FetchException(FetchException.Reason.UNKNOWN_HOST, message, e);
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}

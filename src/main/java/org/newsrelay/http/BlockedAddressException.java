package org.newsrelay.http;

import java.net.UnknownHostException;

/**
 * Raised inside the HTTP client's resolver; an {@link UnknownHostException} so that the client
 * passes it through unchanged, and the fetcher turns it into {@code BLOCKED_ADDRESS}.
 */
final class BlockedAddressException extends UnknownHostException {

  private static final long serialVersionUID = 1L;

  BlockedAddressException(String message) {
    super(message);
  }
}

package org.newsrelay.http;

import java.time.Duration;

/** Why a fetch did not produce a feed body; the message is meant for an operator's eyes. */
public class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  public enum Reason {
    BAD_URL,
    BLOCKED_ADDRESS,
    UNKNOWN_HOST,
    CONNECT_FAILED,
    TIMEOUT,
    TOO_LARGE,
    TOO_MANY_REDIRECTS,
    HTTP_STATUS,
    IO
  }

  private final Reason reason;
  private final Integer httpStatus;
  private final Duration retryAfter;

  public FetchException(Reason reason, String message) {
    this(reason, message, null, null, null);
  }

  public FetchException(Reason reason, String message, Throwable cause) {
    this(reason, message, null, null, cause);
  }

  public FetchException(
      Reason reason, String message, Integer httpStatus, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.httpStatus = httpStatus;
    this.retryAfter = retryAfter;
  }

  public Reason reason() {
    return reason;
  }

  /** The status the server answered with, for {@link Reason#HTTP_STATUS}; otherwise null. */
  public Integer httpStatus() {
    return httpStatus;
  }

  /** How long the server asked us to wait (429, 503), or null when it did not say. */
  public Duration retryAfter() {
    return retryAfter;
  }
}

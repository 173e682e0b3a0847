package org.newsrelay.partner.websub;

import java.time.Duration;
import java.time.Instant;

/**
 * What a callback answered: a status, or an error when there was no answer; the start of the body
 * for verification.
 */
public record CallbackResult(
    Instant startedAt,
    Duration duration,
    Integer status,
    String error,
    String body,
    int bytesSent) {

  public boolean succeeded() {
    return status != null && status >= 200 && status <= 299;
  }

  public boolean gone() {
    return status != null && status == 410;
  }

  /** For the delivery log: the status, or why there was none. */
  public String describe() {
    if (status == null) {
      return error;
    }
    return "HTTP " + status + (error == null ? "" : ": " + error);
  }
}

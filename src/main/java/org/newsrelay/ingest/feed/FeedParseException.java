package org.newsrelay.ingest.feed;

/** A document that is not a usable feed; the message says why in words an operator can act on. */
public class FeedParseException extends Exception {

  private static final long serialVersionUID = 1L;

  public FeedParseException(String message) {
    super(message);
  }

  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}

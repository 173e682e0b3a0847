package org.newsrelay.text;

/** A language tag the engine does not support; the REST layer answers it with a 400. */
public class UnknownTagException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String tag;

  public UnknownTagException(String tag) {
    super("Unsupported language tag: " + tag + " (supported: " + TextEngine.supportedTags() + ")");
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }
}

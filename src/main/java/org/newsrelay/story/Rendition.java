package org.newsrelay.story;

/**
 * A story's copy in one language tag: the original, a Chinese variant converted from it, or a
 * variant an editor corrected by hand.
 */
public record Rendition(
    Language language, Kind kind, String headline, String bodyText, String bodyHtml) {
  public enum Kind {
    ORIGINAL,
    CONVERTED,
    CORRECTED;

    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  Rendition with(String newHeadline, String newBodyText, String newBodyHtml) {
    return new Rendition(language, kind, newHeadline, newBodyText, newBodyHtml);
  }
}

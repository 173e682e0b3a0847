package org.newsrelay.story;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;
import org.newsrelay.text.TextEngine;

/**
 * Whether a wire's newer version of a story changes what it means. Wires refile stories unchanged
 * (a new version time, other markup, other spacing); that is no news to readers, so the entry keeps
 * its {@code updated} and its place, and subscribers are not told of it. What it means is the
 * headline and the body once normalised (their words, whatever the markup and spacing); a refile
 * that also changes the embargo or the language is a revision like any other.
 */
final class Refile {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final TextEngine TEXT = TextEngine.standard();

  private Refile() {}

  /** The copy says what the story says: same headline and body, once normalised. */
  static boolean saysTheSame(Story story, StoryCopy copy) {
    return story.language() == copy.language()
        && Objects.equals(story.embargoedUntil(), copy.embargoedUntil())
        && normalised(story.headline()).equals(normalised(copy.headline()))
        && normalised(body(story.bodyHtml(), story.bodyText()))
            .equals(normalised(body(copy.bodyHtml(), copy.bodyText())));
  }

  /** Nothing a reader sees changes at all: the details besides the headline and body are equal. */
  static boolean changesNothing(Story story, StoryCopy copy) {
    return saysTheSame(story, copy)
        && normalised(story.summary()).equals(normalised(copy.summary()))
        && Objects.equals(story.byline(), copy.byline())
        && Objects.equals(story.link(), copy.link())
        && story.subjects().equals(copy.subjects());
  }

  private static String body(String html, String text) {
    return html != null && !html.isBlank() ? TEXT.htmlToText(html) : text;
  }

  static String normalised(String text) {
    if (text == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return SPACE.matcher(nfkc).replaceAll(" ").strip();
  }
}

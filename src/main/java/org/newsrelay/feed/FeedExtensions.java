package org.newsrelay.feed;

import static org.newsrelay.feed.FeedCatalogue.escape;

import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.newsrelay.platform.Messages;

/**
 * What newsrelay adds to the formats for corrections and advisories (docs/feeds.md, "Corrections
 * and advisories"): for people, a paragraph at the top of the content, which every reader shows;
 * for software, a category in the advisories' scheme (standard in Atom and RSS) and the note in an
 * element of newsrelay's namespace; in JSON Feed, an extension object.
 */
final class FeedExtensions {
  static final Namespace NEWSRELAY = Namespace.getNamespace("nr", "urn:newsrelay:feed:1");

  /** Atom Threading (RFC 4685): an advisory answers the story's own entry, by its id. */
  static final Namespace THREADING =
      Namespace.getNamespace("thr", "http://purl.org/syndication/thread/1.0");

  /** The scheme (Atom) or domain (RSS) of categories naming an advisory's kind. */
  static final String ADVISORY_SCHEME = "urn:newsrelay:advisory";

  /** The kind a corrected story's entry carries as a category. */
  static final String CORRECTED = "corrected";

  private FeedExtensions() {}

  /** "Correction: the note", in the entry's language, or null when there is none. */
  static String correctionLine(FeedStory story) {
    return story.correction() == null
        ? null
        : correctionLine(story.language().tag(), story.correction());
  }

  /** "Correction: note" in a language. */
  static String correctionLine(String tag, String note) {
    return correctionLabel(tag) + note;
  }

  /** The note as the content's first paragraph, or nothing. */
  static String correctionHtml(FeedStory story) {
    if (story.correction() == null) {
      return "";
    }
    return "<p class=\"newsrelay-correction\"><strong>"
        + escape(correctionLabel(story.language().tag()).strip())
        + "</strong> "
        + escape(story.correction())
        + "</p>";
  }

  /** "Correction: ", with the space a Latin colon wants and a full-width one does not. */
  private static String correctionLabel(String tag) {
    String label = Messages.get(tag, "feed.correction");
    return label.endsWith("\uff1a") ? label : label + " ";
  }

  /** {@code <nr:correction xml:lang="…">the note</nr:correction>}, or nothing. */
  static List<Element> correction(FeedStory story) {
    if (story.correction() == null) {
      return List.of();
    }
    Element note = new Element("correction", NEWSRELAY);
    note.setAttribute("lang", story.language().tag(), Namespace.XML_NAMESPACE);
    note.setText(story.correction());
    return List.of(note);
  }

  /** The label of an advisory kind's category, in a language. */
  static String label(String tag, String kind) {
    return Messages.get(tag, "advisory." + kind + ".label");
  }
}

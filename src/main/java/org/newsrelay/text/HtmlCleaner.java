package org.newsrelay.text;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/** HTML to the newsroom's allowlist, and HTML to plain text with paragraphs as lines. */
final class HtmlCleaner {
  private static final Safelist ALLOWED =
      Safelist.none()
          .addTags("p", "br", "em", "strong", "i", "b", "ul", "ol", "li", "blockquote", "q")
          .addTags("a", "img", "figure", "figcaption")
          .addAttributes("a", "href")
          .addProtocols("a", "href", "http", "https")
          .addAttributes("img", "src", "alt")
          .addProtocols("img", "src", "https")
          .addAttributes("blockquote", "cite")
          .addProtocols("blockquote", "cite", "http", "https");

  private static final String BLOCKS =
      "p div li ul ol blockquote h1 h2 h3 h4 h5 h6 tr table section article";

  String sanitize(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    Document clean = Jsoup.parseBodyFragment(Jsoup.clean(XmlText.carriable(html), ALLOWED));
    // The allowlist checks only a link's scheme: "http:foo" or "https://" pass it, and break the
    // feed writers, so every address is held to the one rule for links.
    for (Element a : clean.select("a[href], blockquote[cite]")) {
      String attribute = a.hasAttr("href") ? "href" : "cite";
      String link = WebLinks.absoluteHttp(a.attr(attribute));
      if (link == null) {
        a.removeAttr(attribute);
      } else {
        a.attr(attribute, link);
      }
    }
    for (Element img : clean.select("img[src]")) {
      String link = WebLinks.absoluteHttps(img.attr("src"));
      if (link == null) {
        img.removeAttr("src");
      } else {
        img.attr("src", link);
      }
    }
    // An image whose source was not https lost its src; an empty <img> is only noise.
    clean.select("img:not([src])").remove();
    clean.outputSettings().prettyPrint(false);
    // Once more after parsing: a character reference such as &#xFFFF; becomes the character.
    return XmlText.carriable(clean.body().html());
  }

  List<BodyPicture> pictures(String html) {
    List<BodyPicture> pictures = new ArrayList<>();
    // Most bodies have no picture; they are not parsed a second time for none.
    if (html == null || !hasImg(html)) {
      return pictures;
    }
    Document doc = Jsoup.parseBodyFragment(XmlText.carriable(html));
    for (Element img : doc.select("img[src]")) {
      String src = WebLinks.absoluteHttps(img.attr("src"));
      if (src == null) {
        continue;
      }
      Element figure = img.closest("figure");
      String caption = null;
      String credit = null;
      if (figure != null) {
        Element figcaption = figure.selectFirst("figcaption");
        caption = figcaption == null ? null : blankToNull(figcaption.text());
        // A credit as wires mark it up beside the caption (TT's <div class="byline">).
        Element byline = figure.selectFirst(".byline, .credit");
        credit = byline == null ? null : blankToNull(byline.text());
      }
      pictures.add(new BodyPicture(src, blankToNull(img.attr("alt")), caption, credit));
    }
    return pictures;
  }

  private static boolean hasImg(String html) {
    for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
      if (html.regionMatches(true, i + 1, "img", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  String toText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, template").remove();
    StringBuilder out = new StringBuilder();
    doc.body()
        .traverse(
            new NodeVisitor() {
              @Override
              public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                  out.append(text.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                  out.append('\n');
                } else if (node instanceof Element e && isBlock(e)) {
                  newline(out);
                }
              }

              @Override
              public void tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e)) {
                  newline(out);
                }
              }
            });
    return out.toString()
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  private static boolean isBlock(Element e) {
    return (" " + BLOCKS + " ").contains(" " + e.normalName() + " ");
  }

  private static void newline(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }
}

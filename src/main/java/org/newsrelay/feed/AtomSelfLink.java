package org.newsrelay.feed;

import java.net.URI;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * RSS 2.0 has no links of its own beyond the site: feed validators, WebSub and RFC 5005 expect
 * atom:link elements in the channel for self, hub and paging.
 */
final class AtomSelfLink {
  static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

  private AtomSelfLink() {}

  static Element of(String rel, URI href, String type) {
    Element element = new Element("link", ATOM);
    element.setAttribute("href", href.toString());
    element.setAttribute("rel", rel);
    if (type != null) {
      element.setAttribute("type", type);
    }
    return element;
  }
}

package org.newsrelay.feed;

import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * RSS 2.0 has no self link of its own; feed validators and WebSub expect atom:link in the channel.
 */
final class AtomSelfLink {
  static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

  private AtomSelfLink() {}

  static void attach(Channel channel, Link... links) {
    List<Element> markup = new ArrayList<>(channel.getForeignMarkup());
    for (Link link : links) {
      Element element = new Element("link", ATOM);
      element.setAttribute("href", link.getHref());
      element.setAttribute("rel", link.getRel());
      if (link.getType() != null) {
        element.setAttribute("type", link.getType());
      }
      markup.add(element);
    }
    channel.setForeignMarkup(markup);
  }
}

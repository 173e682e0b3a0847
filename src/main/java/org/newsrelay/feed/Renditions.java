package org.newsrelay.feed;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.newsrelay.story.Language;
import org.newsrelay.story.Story;
import org.newsrelay.text.TextEngine;

/** Turns a stored story into what one feed language shows: converted, sanitised, escaped once. */
final class Renditions {
  private final TextEngine text;

  Renditions(TextEngine text) {
    this.text = text;
  }

  StoryRendition render(Story story, Language target) {
    Language from = story.language();
    List<String> categories = new ArrayList<>();
    for (String subject : story.subjects()) {
      if (!subject.isBlank()) {
        categories.add(convert(subject.strip(), from, target));
      }
    }
    return new StoryRendition(
        story.id(),
        target,
        from,
        convert(story.headline(), from, target),
        story.summary() == null ? null : convert(story.summary(), from, target),
        html(story, from, target),
        story.link(),
        story.byline() == null ? null : convert(story.byline(), from, target),
        story.versionCreated(),
        story.updatedAt(),
        List.copyOf(categories),
        List.of());
  }

  private String convert(String value, Language from, Language target) {
    return from == target || !from.isChinese()
        ? value
        : text.convert(value, from.tag(), target.tag());
  }

  private String html(Story story, Language from, Language target) {
    Document document;
    if (story.bodyHtml() != null && !story.bodyHtml().isBlank()) {
      document = Jsoup.parseBodyFragment(text.sanitizeHtml(story.bodyHtml()));
    } else {
      document = Jsoup.parseBodyFragment("");
      String body = story.bodyText() != null ? story.bodyText() : story.summary();
      if (body != null) {
        for (String paragraph : body.split("\n")) {
          if (!paragraph.isBlank()) {
            document.body().appendElement("p").text(paragraph.strip());
          }
        }
      }
    }
    document.outputSettings().prettyPrint(false);
    if (from != target && from.isChinese()) {
      for (Element element : document.body().getAllElements()) {
        for (TextNode node : element.textNodes()) {
          node.text(text.convert(node.getWholeText(), from.tag(), target.tag()));
        }
        if (element.hasAttr("alt")) {
          element.attr("alt", text.convert(element.attr("alt"), from.tag(), target.tag()));
        }
      }
    }
    return document.body().html();
  }
}

package org.newsrelay.feed;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsrelay.story.Language;
import org.newsrelay.story.Renditions;
import org.newsrelay.story.Story;
import org.newsrelay.text.TextEngine;

/**
 * Lays out the desk's copy of a story (story.Renditions: conversion, newsroom terms and an editor's
 * corrections, decided there once) as a feed entry: its HTML sanitised, plain text in paragraphs.
 * Converts nothing itself, so a reader sees what the desk shows.
 */
final class EntryCopy {
  private final TextEngine text;

  EntryCopy(TextEngine text) {
    this.text = text;
  }

  FeedStory render(Story story, Language target, Renditions.ReaderCopy copy) {
    return laidOut(story, target, copy)
        .withCorrection(copy.correction())
        .withMedia(copy.wire().media());
  }

  private FeedStory laidOut(Story story, Language target, Renditions.ReaderCopy copy) {
    // A subject the wire named shows its name (converted for this variant), not its code:
    // readers show a category as it is, and "medtop:04000000" says nothing to a reader.
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (jakarta.json.JsonObject subject : copy.wire().list("subjects")) {
      String code = subject.getString("code", null);
      String name = subject.getString("name", null);
      if (code != null && name != null && !name.isBlank()) {
        names.putIfAbsent(code, name.strip());
      }
    }
    java.util.Set<String> categories = new java.util.LinkedHashSet<>();
    for (String subject : copy.subjects()) {
      if (subject != null && !subject.isBlank()) {
        categories.add(names.getOrDefault(subject.strip(), subject.strip()));
      }
    }
    return new FeedStory(
            story.id(),
            target,
            story.language(),
            copy.rendition().headline(),
            copy.summary(),
            html(copy),
            story.link(),
            copy.byline(),
            story.versionCreated(),
            story.updatedAt(),
            List.copyOf(categories),
            List.of())
        .withRights(copy.wire().rights());
  }

  private String html(Renditions.ReaderCopy copy) {
    String bodyHtml = copy.rendition().bodyHtml();
    Document document;
    if (bodyHtml != null && !bodyHtml.isBlank()) {
      // As the desk has it: every writer sanitises each body once (FeedRenderer.readable), and
      // remembers the result for as long as this rendition is cached.
      return bodyHtml;
    } else {
      document = Jsoup.parseBodyFragment("");
      String body =
          copy.rendition().bodyText() != null ? copy.rendition().bodyText() : copy.summary();
      if (body != null) {
        for (String paragraph : body.split("\n")) {
          if (!paragraph.isBlank()) {
            document.body().appendElement("p").text(paragraph.strip());
          }
        }
      }
    }
    document.outputSettings().prettyPrint(false);
    return document.body().html();
  }
}

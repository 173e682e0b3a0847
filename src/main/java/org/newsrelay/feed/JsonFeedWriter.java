package org.newsrelay.feed;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.newsrelay.platform.Json;
import org.newsrelay.text.TextEngine;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), with WebSub in hubs and paging in next_url. */
final class JsonFeedWriter {
  static final String VERSION = "https://jsonfeed.org/version/1.1";

  private final TextEngine text;

  JsonFeedWriter(TextEngine text) {
    this.text = text;
  }

  JsonObject write(FeedPage page) {
    JsonObjectBuilder feed =
        Json.createObjectBuilder()
            .add("version", VERSION)
            .add("title", page.title())
            .add("description", page.description())
            .add("home_page_url", page.links().index().toString())
            .add("feed_url", page.self().toString())
            .add("language", page.language().tag())
            .add("authors", Json.createArrayBuilder().add(author("newsrelay")))
            .add(
                "hubs",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "WebSub")
                            .add("url", page.links().hub().toString())));
    if (page.next() != null) {
      feed.add("next_url", page.next().toString());
    }
    // JSON Feed pages only forward; the rest of RFC 5005 goes in an extension object.
    JsonObjectBuilder paging = Json.createObjectBuilder().add("first_url", page.first().toString());
    if (page.previous() != null) {
      paging.add("previous_url", page.previous().toString());
    }
    feed.add("_paging", paging);
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (FeedStory story : page.entries()) {
      items.add(item(story, page));
    }
    feed.add("items", items);
    return feed.build();
  }

  private JsonObjectBuilder item(FeedStory story, FeedPage page) {
    JsonObjectBuilder item =
        Json.createObjectBuilder()
            .add("id", FeedPage.entryId(story.id()))
            .add("url", page.links().storyPage(story.id(), story.language()).toString())
            .add("title", story.headline())
            .add("content_html", story.contentHtmlWithSources())
            .add("content_text", text.htmlToText(story.contentHtmlWithSources()))
            .add("date_published", story.published().toString())
            .add("date_modified", story.updated().toString())
            .add("language", story.language().tag());
    if (story.link() != null) {
      item.add("external_url", story.link());
    }
    if (story.summary() != null) {
      item.add("summary", story.summary());
    }
    if (story.byline() != null) {
      item.add("authors", Json.createArrayBuilder().add(author(story.byline())));
    }
    if (!story.sources().isEmpty()) {
      // JSON Feed has one external_url; the cluster's other sources go in an extension object.
      JsonArrayBuilder sources = Json.createArrayBuilder();
      for (FeedStory.Source source : story.sources()) {
        sources.add(
            Json.createObjectBuilder().add("url", source.url()).add("title", source.name()));
      }
      item.add("_cluster", Json.createObjectBuilder().add("sources", sources));
    }
    if (story.rights() != null) {
      // JSON Feed has no rights; an extension object (1.1: names starting with "_") carries them.
      JsonObjectBuilder rights = Json.createObjectBuilder();
      add(rights, "statement", story.rights().statement());
      add(rights, "holder", story.rights().holder());
      add(rights, "notice", story.rights().notice());
      add(rights, "usage_terms", story.rights().usageTerms());
      item.add("_rights", rights);
    }
    if (!story.media().isEmpty()) {
      String image = MediaMarkup.image(story);
      if (image != null) {
        item.add("image", image);
      }
      item.add("attachments", MediaMarkup.attachments(story));
      // Captions, alt texts and credits, which JSON Feed has no member for.
      item.add("_media", MediaMarkup.extension(story));
    }
    if (story.correction() != null) {
      // The note is at the top of the content too; here it is for software.
      item.add("_correction", Json.createObjectBuilder().add("note", story.correction()));
    }
    if (!story.categories().isEmpty()) {
      JsonArrayBuilder tags = Json.createArrayBuilder();
      story.categories().forEach(tags::add);
      item.add("tags", tags);
    }
    return item;
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static JsonObjectBuilder author(String name) {
    return Json.createObjectBuilder().add("name", name);
  }
}

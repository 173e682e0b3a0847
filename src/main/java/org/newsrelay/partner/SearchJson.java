package org.newsrelay.partner;

import java.time.Instant;
import java.util.List;

/**
 * The search API's answer ({@code GET /api/v1/search}), as {@code platform.JsonViews} writes it.
 */
final class SearchJson {
  private SearchJson() {}

  /**
   * @param lang the tag every result is answered in; null when each is in its own
   * @param facets with the first page only
   * @param next the cursor of the next page; null on the last
   */
  record Answer(String q, String lang, List<Result> results, Facets facets, String next) {}

  /**
   * One found story in the tag it is answered in.
   *
   * @param language the tag of this copy
   * @param original the tag the story was written in
   * @param match {@code headline} when every word is in the headline, else {@code body}
   * @param url the story's page in this tag
   * @param content the story as ninjs in this tag (the content API)
   */
  record Result(
      String id,
      String language,
      String original,
      String match,
      String headline,
      String summary,
      String byline,
      Instant versioncreated,
      String status,
      List<String> subjects,
      List<String> topics,
      String link,
      String url,
      String content) {}

  /**
   * What the found stories have in common, counted over {@code counted} of them (a sample in no
   * particular order when there are more); {@code complete} when that is all of them.
   */
  record Facets(
      List<TopicCount> topics,
      List<Count> subjects,
      List<Count> sources,
      List<Count> languages,
      int counted,
      boolean complete) {}

  record TopicCount(String slug, String name, int count) {}

  record Count(String value, int count) {}
}

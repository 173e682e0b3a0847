package org.newsrelay.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.platform.InstallationKey;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.JsonViews;
import org.newsrelay.platform.NotPermitted;
import org.newsrelay.story.FoundStories;
import org.newsrelay.story.Language;
import org.newsrelay.story.Readership;
import org.newsrelay.story.Renditions;
import org.newsrelay.story.Story;
import org.newsrelay.story.StoryRepository;
import org.newsrelay.story.WordQuery;
import org.newsrelay.text.TextEngine;
import org.newsrelay.topic.TopicDirectory;
import org.newsrelay.topic.TopicView;

/**
 * The search API for partners, editors and anyone: stories found by their words in any script
 * ({@link WordQuery}, through the index the feeds' {@code ?q=} reads too), under {@link
 * Readership}'s rule (the desk sees every story, anyone else public stories only, a wire its own
 * pushes too), answered in the tag asked for ({@link Renditions#forReaders}), with facets over the
 * {@link #FACET_SAMPLE} found (a sample) and a signed keyset cursor. A partner's key holds it to
 * the languages of its terms and to the topics it may read, as the content API and the feeds do.
 */
@ApplicationScoped
public class StoryFinder {
  /** Facets count at most this many found stories, in no order: a bounded cost for any word. */
  static final int FACET_SAMPLE = 200;

  /** Values shown per facet, the most frequent first. */
  static final int FACET_VALUES = 20;

  private static final InstallationKey CURSOR_KEY = InstallationKey.feedCursor();

  @Inject FoundStories found;
  @Inject StoryRepository stories;
  @Inject Renditions renditions;
  @Inject TopicDirectory topics;
  @Inject Entitlements entitlements;

  private final TextEngine text = TextEngine.standard();

  /** Who asks: the principal (null: anyone) and whether it is the desk (editor or admin). */
  record Caller(Principal principal, boolean desk) {
    boolean partner() {
      return !desk && PartnerCaller.partnerOf(principal).isPresent();
    }

    Readership.Reader reader() {
      return Readership.Reader.of(principal == null ? null : principal.getName(), desk);
    }
  }

  /**
   * One transaction for the whole answer: one connection and one persistence context for its dozen
   * queries, rather than a new one for each (a JFR profile of 200 searches put about a fifth of the
   * request threads' samples in per-call sessions, connection acquisition and a query per topic).
   */
  @Transactional
  public JsonObject find(SearchRequest request, Principal principal, boolean desk, URI base) {
    Caller caller = new Caller(principal, desk);
    WordQuery words;
    try {
      words = WordQuery.of(request.q(), text);
    } catch (IllegalArgumentException e) {
      throw InvalidInput.field("q", "\"q\" has 1 to " + WordQuery.MAX_LENGTH + " characters.");
    }
    List<Language> readable = readable(caller);
    if (request.lang() != null && !readable.contains(request.lang())) {
      throw new NotPermitted(
          "The partner's terms do not include \"" + request.lang().tag() + "\".");
    }
    TopicView topic = request.topic() == null ? null : topic(request.topic(), caller, readable);
    FoundStories.Filter filter =
        new FoundStories.Filter(
            words,
            searched(request.lang(), readable),
            topic == null ? null : topics.stories(topic.id()),
            request.subject(),
            request.source(),
            request.urgency(),
            request.since(),
            request.until());
    FoundStories.Hit after = null;
    if (request.cursor() != null) {
      try {
        after = SearchCursor.decode(request.cursor(), request.identity(), CURSOR_KEY.bytes());
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        throw InvalidInput.field(
            "cursor", "This cursor was not issued for this search; follow \"next\".");
      }
    }
    Instant now = Instant.now();
    Readership.Reader reader = caller.reader();
    List<FoundStories.Hit> hits = found.page(filter, reader, after, request.limit() + 1, now);
    String next = null;
    if (hits.size() > request.limit()) {
      hits = hits.subList(0, request.limit());
      next = SearchCursor.encode(hits.get(hits.size() - 1), request.identity(), CURSOR_KEY.bytes());
    }
    SearchJson.Facets facets =
        after == null
            ? facets(
                found.sample(filter, reader, FACET_SAMPLE, now), caller, readable, request.lang())
            : null;
    return JsonViews.of(
        new SearchJson.Answer(
            request.q(),
            request.lang() == null ? null : request.lang().tag(),
            results(hits, request.lang(), caller, readable, base),
            facets,
            next));
  }

  /** The tags the caller may read: all of them, but for a partner those of its terms. */
  private List<Language> readable(Caller caller) {
    List<Language> all = List.of(Language.values());
    if (!caller.partner()) {
      return all;
    }
    return all.stream()
        .filter(l -> entitlements.mayRead(caller.principal(), l.tag(), "all"))
        .toList();
  }

  /** The stored languages searched: the family of the tag asked (every Chinese variant for one). */
  private static List<Language> searched(Language lang, List<Language> readable) {
    if (lang == null) {
      return readable;
    }
    return Arrays.stream(Language.values()).filter(l -> l.isChinese() == lang.isChinese()).toList();
  }

  /** The topic asked for, if the caller may read it; one it may not is refused as unknown. */
  private TopicView topic(String slug, Caller caller, List<Language> readable) {
    return topics
        .find(slug)
        .filter(view -> mayRead(view, caller, readable))
        .orElseThrow(() -> InvalidInput.field("topic", "There is no topic \"" + slug + "\"."));
  }

  private boolean mayRead(TopicView view, Caller caller, List<Language> readable) {
    if (caller.desk() || view.isPublic()) {
      return true;
    }
    return caller.partner()
        && readable.stream()
            .anyMatch(l -> entitlements.mayRead(caller.principal(), l.tag(), view.slug()));
  }

  private List<SearchJson.Result> results(
      List<FoundStories.Hit> hits,
      Language lang,
      Caller caller,
      List<Language> readable,
      URI base) {
    Map<UUID, Story> byId = new HashMap<>();
    stories
        .all(hits.stream().map(FoundStories.Hit::id).toList())
        .forEach(story -> byId.put(story.id(), story));
    List<Story> page = new ArrayList<>();
    for (FoundStories.Hit hit : hits) {
      if (byId.containsKey(hit.id())) {
        page.add(byId.get(hit.id()));
      }
    }
    // One call per tag answered in: three queries each, whatever the number of stories.
    Map<Language, List<Story>> byTag = new LinkedHashMap<>();
    for (Story story : page) {
      byTag
          .computeIfAbsent(lang == null ? story.language() : lang, t -> new ArrayList<>())
          .add(story);
    }
    Map<UUID, Renditions.ReaderCopy> copies = new HashMap<>();
    byTag.forEach((tag, group) -> copies.putAll(renditions.forReaders(group, tag)));
    Map<UUID, List<TopicView>> topicsOf = topics.topicsOf(byId.keySet());
    Map<UUID, Integer> bands = new HashMap<>();
    hits.forEach(hit -> bands.put(hit.id(), hit.band()));
    List<SearchJson.Result> results = new ArrayList<>();
    for (Story story : page) {
      Language tag = lang == null ? story.language() : lang;
      Renditions.ReaderCopy copy = copies.get(story.id());
      results.add(
          new SearchJson.Result(
              story.id().toString(),
              tag.tag(),
              story.language().tag(),
              bands.get(story.id()) == FoundStories.HEADLINE ? "headline" : "body",
              copy.rendition().headline(),
              copy.summary(),
              copy.byline(),
              story.versionCreated(),
              story.status(),
              copy.subjects().isEmpty() ? null : copy.subjects(),
              topicsOf.getOrDefault(story.id(), List.of()).stream()
                  .filter(view -> mayRead(view, caller, readable))
                  .map(TopicView::slug)
                  .toList(),
              story.link(),
              base.resolve("stories/" + story.id() + "/" + tag.tag()).toString(),
              base.resolve("api/v1/content/" + tag.tag() + "/" + story.id()).toString()));
    }
    return results;
  }

  private SearchJson.Facets facets(
      List<FoundStories.Facts> sample, Caller caller, List<Language> readable, Language lang) {
    Map<UUID, List<TopicView>> topicsOf =
        topics.topicsOf(sample.stream().map(FoundStories.Facts::id).toList());
    Map<String, Integer> topicCounts = new HashMap<>();
    Map<String, TopicView> views = new HashMap<>();
    Map<String, Integer> subjects = new HashMap<>();
    Map<String, Integer> sources = new HashMap<>();
    Map<String, Integer> languages = new HashMap<>();
    for (FoundStories.Facts facts : sample) {
      for (TopicView view : topicsOf.getOrDefault(facts.id(), List.of())) {
        if (mayRead(view, caller, readable)) {
          topicCounts.merge(view.slug(), 1, Integer::sum);
          views.put(view.slug(), view);
        }
      }
      for (String subject : Set.copyOf(facts.subjects())) {
        subjects.merge(subject, 1, Integer::sum);
      }
      if (facts.source() != null) {
        sources.merge(facts.source().toString(), 1, Integer::sum);
      }
      languages.merge(facts.language().tag(), 1, Integer::sum);
    }
    String tag = lang == null ? "en" : lang.tag();
    List<SearchJson.TopicCount> topicFacet =
        top(topicCounts).stream()
            .map(
                c ->
                    new SearchJson.TopicCount(c.value(), views.get(c.value()).name(tag), c.count()))
            .toList();
    return new SearchJson.Facets(
        topicFacet,
        top(subjects),
        top(sources),
        top(languages),
        sample.size(),
        sample.size() < FACET_SAMPLE);
  }

  /** The most frequent values first, then in their own order; at most {@link #FACET_VALUES}. */
  private static List<SearchJson.Count> top(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(
            Comparator.comparing(Map.Entry<String, Integer>::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(FACET_VALUES)
        .map(e -> new SearchJson.Count(e.getKey(), e.getValue()))
        .toList();
  }
}

package org.newsrelay.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.story.Language;
import org.newsrelay.story.OriginNames;
import org.newsrelay.story.PublishedStories;
import org.newsrelay.story.Story;

/**
 * What a page's stories link to beyond themselves: the other sources of each story's cluster and
 * the translations an editor linked. Two queries for a whole page, whatever its length, instead of
 * two per entry.
 */
@ApplicationScoped
public class StoryLinks {
  /** More than this many other wires make a list nobody reads; the earliest are kept. */
  static final int MAX_SOURCES = 10;

  @Inject PublishedStories repository;
  @Inject OriginNames originNames;

  /** One story's links. */
  record Links(List<FeedStory.Translation> translations, List<FeedStory.Source> sources) {
    static final Links NONE = new Links(List.of(), List.of());
  }

  private record Member(UUID id, UUID cluster, String origin, String link, Language language) {}

  /**
   * For each story shown in {@code language}: the other visible members of its cluster in the
   * languages that feed draws on, earliest first, and the visible translations linked to it or to
   * any of those members (the editor may have linked another wire's copy).
   */
  Map<UUID, Links> of(Collection<Story> stories, Language language, FeedLinks links, Instant now) {
    if (stories.isEmpty()) {
      return Map.of();
    }
    Map<UUID, UUID> entryOfCluster = new HashMap<>();
    Map<UUID, UUID> entryOf = new HashMap<>();
    for (Story story : stories) {
      entryOf.put(story.id(), story.id());
      if (story.clusterId() != null) {
        entryOfCluster.putIfAbsent(story.clusterId(), story.id());
      }
    }
    Map<UUID, List<FeedStory.Source>> sources = new HashMap<>();
    if (!entryOfCluster.isEmpty()) {
      List<Member> members = members(entryOfCluster.keySet(), language, now);
      Map<String, String> names =
          originNames.namesOf(members.stream().map(Member::origin).toList());
      for (Member member : members) {
        UUID entry = entryOfCluster.get(member.cluster());
        entryOf.putIfAbsent(member.id(), entry);
        List<FeedStory.Source> list = sources.computeIfAbsent(entry, e -> new ArrayList<>());
        if (!member.id().equals(entry) && list.size() < MAX_SOURCES) {
          list.add(source(member, language, links, names));
        }
      }
    }
    Map<UUID, List<FeedStory.Translation>> translations = translations(entryOf, stories, now);
    Map<UUID, Links> all = new HashMap<>();
    for (Story story : stories) {
      List<FeedStory.Translation> t = translations.getOrDefault(story.id(), List.of());
      List<FeedStory.Source> s = sources.getOrDefault(story.id(), List.of());
      all.put(story.id(), t.isEmpty() && s.isEmpty() ? Links.NONE : new Links(t, s));
    }
    return all;
  }

  private List<Member> members(Set<UUID> clusters, Language language, Instant now) {
    List<Member> members = new ArrayList<>();
    for (PublishedStories.ClusterMember member :
        repository.clusterMembers(clusters, FeedSelection.storedLanguages(language), now)) {
      members.add(
          new Member(
              member.id(), member.clusterId(), member.origin(), member.link(), member.language()));
    }
    return members;
  }

  /** Each entry's translations, its own links first, one per language a reader can choose. */
  private Map<UUID, List<FeedStory.Translation>> translations(
      Map<UUID, UUID> entryOf, Collection<Story> stories, Instant now) {
    List<PublishedStories.Translation> rows = repository.translationsOf(entryOf.keySet(), now);
    if (rows.isEmpty()) {
      return Map.of();
    }
    Map<UUID, Language> languageOf = new HashMap<>();
    stories.forEach(story -> languageOf.put(story.id(), story.language()));
    List<PublishedStories.Translation> ordered = new ArrayList<>(rows.size());
    rows.stream().filter(r -> entryOf.get(r.storyId()).equals(r.storyId())).forEach(ordered::add);
    rows.stream().filter(r -> !entryOf.get(r.storyId()).equals(r.storyId())).forEach(ordered::add);
    Map<UUID, List<FeedStory.Translation>> all = new HashMap<>();
    Map<UUID, Set<Language>> taken = new HashMap<>();
    for (PublishedStories.Translation row : ordered) {
      UUID entry = entryOf.get(row.storyId());
      Language translated = row.language();
      Language own = languageOf.get(entry);
      if (translated == null || own == null || translated.isChinese() == own.isChinese()) {
        continue;
      }
      Set<Language> used = taken.computeIfAbsent(entry, e -> new HashSet<>());
      for (Language variant : readable(translated)) {
        if (used.add(variant)) {
          all.computeIfAbsent(entry, e -> new ArrayList<>())
              .add(new FeedStory.Translation(row.translationId(), variant));
        }
      }
    }
    return all;
  }

  /** A Chinese story can be read in every Chinese variant: its own first. */
  private static Collection<Language> readable(Language language) {
    Set<Language> variants = new LinkedHashSet<>();
    variants.add(language);
    variants.addAll(FeedSelection.storedLanguages(language));
    return variants;
  }

  private static FeedStory.Source source(
      Member member, Language language, FeedLinks links, Map<String, String> names) {
    String name = null;
    String url = null;
    if (member.link() != null) {
      try {
        URI original = URI.create(member.link());
        if (original.getHost() != null) {
          name =
              original.getHost().startsWith("www.")
                  ? original.getHost().substring(4)
                  : original.getHost();
          url = member.link();
        }
      } catch (IllegalArgumentException e) {
        // Not an address a reader could follow: our own page stands in for it below.
      }
    }
    if (url == null) {
      url = links.storyPage(member.id(), language).toString();
    }
    if (name == null) {
      // A partner by its name; a pushing account's name says who sent it; a polled source
      // without links has only its id.
      String origin = member.origin();
      name = names.get(origin);
      if (name == null) {
        name = origin.startsWith("push:") ? origin.substring("push:".length()) : origin;
      }
    }
    return new FeedStory.Source(member.id(), name, url);
  }
}

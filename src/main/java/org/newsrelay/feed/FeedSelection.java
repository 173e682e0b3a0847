package org.newsrelay.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.platform.Settings;
import org.newsrelay.story.Language;
import org.newsrelay.story.PublishedStories;
import org.newsrelay.story.Story;
import org.newsrelay.story.StoryRepository;
import org.newsrelay.topic.TopicDirectory;

/**
 * Which stories a page of a feed shows. The story domain answers ({@link PublishedStories}): one
 * keyset range scan of the (language, status, version_created, id) index per stored language,
 * merged here: a page costs the same at any depth and whatever the size of the table. A topic feed
 * narrows each question to the topic's stories ({@link TopicDirectory#stories}).
 *
 * <p>One entry per cluster: a story is shown only when no other member of its cluster that this
 * feed would show arrived before it (received_at, then id). The earliest arrival stays the entry
 * when later wires repeat the story or the first one is revised; when it is killed, held or
 * embargoed, the next member takes its place. Each candidate costs one probe of the cluster index.
 *
 * <p>Visible: {@link org.newsrelay.story.Readership#isPublic(Story, Instant)}. Killed stories come
 * back as tombstones for {@link #tombstoneRetention()} on the first page only, where subscribers
 * poll.
 */
@ApplicationScoped
public class FeedSelection {
  static final int MAX_TOMBSTONES = 100;

  /** How long a feed keeps re-reading its content even when nothing announced a change. */
  static final Duration SAFETY_REFRESH = Duration.ofMinutes(10);

  @Inject StoryRepository stories;
  @Inject PublishedStories published;
  @Inject TopicDirectory topics;

  // A transaction so that a reader's words are planned for themselves (PublishedStories).
  @Transactional
  public SelectedPage select(FeedRequest request, Instant now) {
    if (request.query() != null) {
      published.planForWords();
    }
    boolean newer =
        request.cursor() != null && request.cursor().direction() == PageCursor.Direction.NEWER;
    // An editor's pins come first on a topic's first page, until they expire; always one place
    // is left for the newest other story, so that the next page starts from a story in order.
    Instant nextChange = now.plus(SAFETY_REFRESH);
    List<Story> pinned = List.of();
    if (request.firstPage() && !request.topic().isAll() && request.limit() > 1) {
      List<TopicDirectory.Pin> pins =
          topics.pins(request.topic().topicId(), now, request.limit() - 1);
      pinned = pinned(request, pins, now);
      for (TopicDirectory.Pin pin : pins) {
        if (pin.until().isBefore(nextChange)) {
          nextChange = pin.until();
        }
      }
    }
    Set<UUID> pinnedIds = new HashSet<>();
    pinned.forEach(story -> pinnedIds.add(story.id()));
    int room = request.limit() - pinned.size();
    // Positions first, rows after: a Chinese feed reads four index ranges but only 50 stories.
    List<List<StoryOrder.Position>> perLanguage = new ArrayList<>();
    // With words, one walk of the search index over every stored language (null); else one range
    // of the feed index per language.
    List<Language> walks =
        request.query() != null
            ? Collections.singletonList(null)
            : storedLanguages(request.language());
    for (Language stored : walks) {
      List<StoryOrder.Position> found = new ArrayList<>(positions(request, stored, now, newer));
      found.removeIf(position -> pinnedIds.contains(position.id()));
      perLanguage.add(found);
    }
    List<StoryOrder.Position> positions = merge(perLanguage, room, newer);
    List<Story> page = new ArrayList<>(pinned);
    page.addAll(load(positions));
    boolean more = countAll(perLanguage) > room;
    boolean hasOlder = newer || more;
    boolean hasNewer = newer ? more : request.cursor() != null;
    List<Tombstone> tombstones = request.firstPage() ? tombstones(request, now) : List.of();
    Instant embargo = nextEmbargo(request.language(), now);
    if (embargo != null && embargo.isBefore(nextChange)) {
      nextChange = embargo;
    }
    for (Tombstone tombstone : tombstones) {
      if (tombstone.shownUntil().isBefore(nextChange)) {
        nextChange = tombstone.shownUntil();
      }
    }
    return new SelectedPage(page, pinned.size(), hasOlder, hasNewer, tombstones, nextChange);
  }

  /**
   * The pinned stories that this feed would show anyway (public, in its languages, matching the
   * reader's words, still in the topic), in the pins' order.
   */
  private List<Story> pinned(FeedRequest request, List<TopicDirectory.Pin> pins, Instant now) {
    if (pins.isEmpty()) {
      return List.of();
    }
    List<Story> found =
        published.shownAmong(
            shown(request), pins.stream().map(TopicDirectory.Pin::storyId).toList(), now);
    Map<UUID, Story> byId = new HashMap<>();
    found.forEach(story -> byId.put(story.id(), story));
    List<Story> shown = new ArrayList<>();
    for (TopicDirectory.Pin pin : pins) {
      Story story = byId.get(pin.storyId());
      if (story != null) {
        shown.add(story);
      }
    }
    return shown;
  }

  /**
   * The public stories of a feed's languages dated {@code since} or later, newest first, at most
   * {@code limit}, one per cluster as the feed shows them: what a news sitemap lists.
   */
  List<Story> recent(Language feed, Instant since, int limit, Instant now) {
    List<Language> languages = storedLanguages(feed);
    List<List<StoryOrder.Position>> perLanguage = new ArrayList<>();
    for (Language stored : languages) {
      List<StoryOrder.Position> found = new ArrayList<>();
      for (PublishedStories.Position p :
          published.positions(
              new PublishedStories.Shown(languages, null, null), stored, null, limit, now)) {
        if (!p.versionCreated().isBefore(since)) {
          found.add(new StoryOrder.Position(p.versionCreated(), p.id()));
        }
      }
      perLanguage.add(found);
    }
    return load(merge(perLanguage, limit, false));
  }

  /** The stored languages a feed draws on: every Chinese variant for a Chinese feed. */
  static List<Language> storedLanguages(Language feed) {
    if (!feed.isChinese()) {
      return List.of(feed);
    }
    List<Language> chinese = new ArrayList<>();
    for (Language language : Language.values()) {
      if (language.isChinese()) {
        chinese.add(language);
      }
    }
    return chinese;
  }

  /**
   * Newest first, at most {@code limit}; for a page of newer stories, the {@code limit} oldest of
   * them (each list then comes oldest first), still shown newest first.
   */
  static List<StoryOrder.Position> merge(
      List<List<StoryOrder.Position>> perLanguage, int limit, boolean newer) {
    Comparator<StoryOrder.Position> order =
        newer ? StoryOrder.NEWEST_FIRST.reversed() : StoryOrder.NEWEST_FIRST;
    List<StoryOrder.Position> all = new ArrayList<>();
    perLanguage.forEach(all::addAll);
    all.sort(order);
    List<StoryOrder.Position> page = new ArrayList<>(all.subList(0, Math.min(limit, all.size())));
    if (newer) {
      page.sort(StoryOrder.NEWEST_FIRST);
    }
    return page;
  }

  private List<Story> load(List<StoryOrder.Position> positions) {
    if (positions.isEmpty()) {
      return List.of();
    }
    Map<UUID, Story> byId = new HashMap<>();
    stories
        .all(positions.stream().map(StoryOrder.Position::id).toList())
        .forEach(story -> byId.put(story.id(), story));
    List<Story> page = new ArrayList<>(positions.size());
    for (StoryOrder.Position position : positions) {
      Story story = byId.get(position.id());
      if (story != null) {
        page.add(story);
      }
    }
    return page;
  }

  static Duration tombstoneRetention() {
    return Settings.current().feedTombstoneRetention();
  }

  private static int countAll(List<? extends List<?>> lists) {
    return lists.stream().mapToInt(List::size).sum();
  }

  private List<StoryOrder.Position> positions(
      FeedRequest request, Language stored, Instant now, boolean newer) {
    PageCursor cursor = request.cursor();
    PublishedStories.After after =
        cursor == null
            ? null
            : new PublishedStories.After(cursor.versionCreated(), cursor.storyId(), newer);
    List<StoryOrder.Position> positions = new ArrayList<>();
    for (PublishedStories.Position position :
        published.positions(shown(request), stored, after, request.limit() + 1, now)) {
      positions.add(new StoryOrder.Position(position.versionCreated(), position.id()));
    }
    return positions;
  }

  private List<Tombstone> tombstones(FeedRequest request, Instant now) {
    Duration retention = tombstoneRetention();
    List<Tombstone> all = new ArrayList<>();
    PublishedStories.Shown shown = shown(request);
    for (Language stored : storedLanguages(request.language())) {
      // A story that was never public (killed under embargo, incoming or held) leaves no trace;
      // the kill reason stays on the desk: it may be legal advice.
      for (PublishedStories.Killed killed :
          published.killed(shown, stored, now.minus(retention), now, MAX_TOMBSTONES)) {
        all.add(
            new Tombstone(killed.id(), killed.killedAt(), null, killed.killedAt().plus(retention)));
      }
    }
    all.sort(Comparator.comparing(Tombstone::killedAt).reversed());
    return List.copyOf(all.subList(0, Math.min(MAX_TOMBSTONES, all.size())));
  }

  Instant nextEmbargo(Language feed, Instant now) {
    return published.nextEmbargo(storedLanguages(feed), now);
  }

  /** The feed's stories: its languages, its topic's stories, the reader's words. */
  private PublishedStories.Shown shown(FeedRequest request) {
    SearchTerms terms = request.query();
    return new PublishedStories.Shown(
        storedLanguages(request.language()),
        request.topic().isAll() ? null : topics.stories(request.topic().topicId()),
        terms == null ? null : terms.words());
  }
}

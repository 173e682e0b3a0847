package org.newsrelay.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsrelay.platform.Settings;
import org.newsrelay.story.Language;
import org.newsrelay.story.Readership;
import org.newsrelay.story.Story;
import org.newsrelay.topic.TopicDirectory;

/**
 * Which stories a page of a feed shows. Read-only queries over Story, one keyset range scan of the
 * (language, status, version_created, id) index per stored language, merged here: a page costs the
 * same at any depth and whatever the size of the table.
 *
 * <p>One entry per cluster: a story is shown only when no other member of its cluster that this
 * feed would show arrived before it (received_at, then id). The earliest arrival stays the entry
 * when later wires repeat the story or the first one is revised; when it is killed, held or
 * embargoed, the next member takes its place. Each candidate costs one probe of the cluster index.
 *
 * <p>Visible: {@link Readership#isPublic(String)}. Killed stories come back as tombstones for
 * {@link #tombstoneRetention()} on the first page only, where subscribers poll.
 */
@ApplicationScoped
public class FeedSelection {
  static final int MAX_TOMBSTONES = 100;

  /** How long a feed keeps re-reading its content even when nothing announced a change. */
  static final Duration SAFETY_REFRESH = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject TopicDirectory topics;

  public SelectedPage select(FeedRequest request, Instant now) {
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
    for (Language stored : storedLanguages(request.language())) {
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
    StringBuilder jpql =
        new StringBuilder(
            "select s from Story s where s.id in :ids and s.language in :languages and "
                + Readership.isPublic("s"));
    appendFilters(jpql, request, "s");
    TypedQuery<Story> query =
        em.createQuery(jpql.toString(), Story.class)
            .setParameter("ids", pins.stream().map(TopicDirectory.Pin::storyId).toList())
            .setParameter("languages", storedLanguages(request.language()))
            .setParameter("now", now);
    bindFilters(query, request);
    Map<UUID, Story> byId = new HashMap<>();
    query.getResultList().forEach(story -> byId.put(story.id(), story));
    List<Story> shown = new ArrayList<>();
    for (TopicDirectory.Pin pin : pins) {
      Story story = byId.get(pin.storyId());
      if (story != null) {
        shown.add(story);
      }
    }
    return shown;
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
    em.createQuery("select s from Story s where s.id in :ids", Story.class)
        .setParameter("ids", positions.stream().map(StoryOrder.Position::id).toList())
        .getResultList()
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
    StringBuilder jpql =
        new StringBuilder(
            "select s.versionCreated, s.id from Story s where s.language = :language and "
                + Readership.isPublic("s"));
    // Not exists rather than a join: PostgreSQL keeps walking the feed index and probes each
    // candidate's cluster, so the scan still stops after limit + 1 shown stories.
    jpql.append(
        " and not exists (select 1 from Story m where m.clusterId = s.clusterId"
            + " and m.language in :languages and "
            + Readership.isPublic("m")
            + " and (m.receivedAt < s.receivedAt or (m.receivedAt = s.receivedAt and m.id < s.id))");
    appendFilters(jpql, request, "m");
    jpql.append(")");
    PageCursor cursor = request.cursor();
    if (cursor != null) {
      // The redundant bound on version_created alone is what lets the index start at the cursor.
      jpql.append(
          newer
              ? " and s.versionCreated >= :at and (s.versionCreated > :at or s.id > :id)"
              : " and s.versionCreated <= :at and (s.versionCreated < :at or s.id < :id)");
    }
    appendFilters(jpql, request, "s");
    jpql.append(
        newer
            ? " order by s.versionCreated asc, s.id asc"
            : " order by s.versionCreated desc, s.id desc");
    TypedQuery<Object[]> query =
        em.createQuery(jpql.toString(), Object[].class)
            .setParameter("language", stored)
            .setParameter("languages", storedLanguages(request.language()))
            .setParameter("now", now)
            .setMaxResults(request.limit() + 1);
    if (cursor != null) {
      query.setParameter("at", cursor.versionCreated()).setParameter("id", cursor.storyId());
    }
    bindFilters(query, request);
    List<StoryOrder.Position> positions = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      positions.add(new StoryOrder.Position((Instant) row[0], (UUID) row[1]));
    }
    return positions;
  }

  private List<Tombstone> tombstones(FeedRequest request, Instant now) {
    Duration retention = tombstoneRetention();
    List<Tombstone> all = new ArrayList<>();
    for (Language stored : storedLanguages(request.language())) {
      // A story that was never public (killed under embargo, incoming or held) leaves no trace;
      // the kill reason stays on the desk: it may be legal advice.
      StringBuilder jpql =
          new StringBuilder(
              "select s.id, s.killedAt from Story s where s.language = :language"
                  + " and s.killedAt > :since and s.killedAt <= :now and "
                  + Readership.leavesTombstone("s"));
      appendFilters(jpql, request, "s");
      jpql.append(" order by s.killedAt desc");
      TypedQuery<Object[]> query =
          em.createQuery(jpql.toString(), Object[].class)
              .setParameter("language", stored)
              .setParameter("since", now.minus(retention))
              .setParameter("now", now)
              .setMaxResults(MAX_TOMBSTONES);
      bindFilters(query, request);
      for (Object[] row : query.getResultList()) {
        Instant killedAt = (Instant) row[1];
        all.add(new Tombstone((UUID) row[0], killedAt, null, killedAt.plus(retention)));
      }
    }
    all.sort(Comparator.comparing(Tombstone::killedAt).reversed());
    return List.copyOf(all.subList(0, Math.min(MAX_TOMBSTONES, all.size())));
  }

  private Instant nextEmbargo(Language feed, Instant now) {
    return em.createQuery(
            "select min(s.embargoedUntil) from Story s where s.language in :languages"
                + " and "
                + Readership.publicOnceEmbargoPasses("s"),
            Instant.class)
        .setParameter("languages", storedLanguages(feed))
        .setParameter("now", now)
        .getSingleResult();
  }

  /**
   * The reader's keyword and the topic's stories, over {@code Story <alias>}: the feed's own
   * stories, and in the cluster check the members that the same feed would show.
   */
  private static void appendFilters(StringBuilder jpql, FeedRequest request, String s) {
    if (!request.topic().isAll()) {
      jpql.append(" and ").append(TopicDirectory.membership(s));
    }
    SearchTerms terms = request.query();
    if (terms != null) {
      jpql.append(" and (");
      for (int i = 0; i < terms.spellings().size(); i++) {
        if (i > 0) {
          jpql.append(" or ");
        }
        String p = ":q" + i;
        jpql.append("lower(" + s + ".headline) like ")
            .append(p)
            .append(" escape '!'")
            .append(" or lower(" + s + ".summary) like ")
            .append(p)
            .append(" escape '!'")
            .append(" or lower(" + s + ".bodyText) like ")
            .append(p)
            .append(" escape '!'");
      }
      jpql.append(")");
    }
  }

  private static void bindFilters(TypedQuery<?> query, FeedRequest request) {
    if (!request.topic().isAll()) {
      query.setParameter("topicId", request.topic().topicId());
      query.setParameter("removed", org.newsrelay.topic.TopicStory.Reason.REMOVED);
    }
    SearchTerms terms = request.query();
    if (terms != null) {
      for (int i = 0; i < terms.spellings().size(); i++) {
        query.setParameter("q" + i, SearchTerms.likePattern(terms.spellings().get(i)));
      }
    }
  }
}

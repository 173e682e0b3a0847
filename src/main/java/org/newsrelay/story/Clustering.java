package org.newsrelay.story;

import static org.newsrelay.platform.NativeRows.instant;
import static org.newsrelay.platform.NativeRows.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.newsrelay.text.TextEngine;

/**
 * Puts near-duplicates in one cluster: the same story from two wires, or in Simplified and in
 * Traditional. Text is folded to one script (zh-Hans), width and case before it is fingerprinted.
 */
@ApplicationScoped
public class Clustering {
  /** Wires repeat a story within hours; a week-old look-alike is another story. */
  static final Duration WINDOW = Duration.ofHours(72);

  /** Band keys are precise, so more look-alikes than this within the window is a flood. */
  static final int CANDIDATES = 500;

  @PersistenceContext EntityManager em;
  @Inject StoryRepository stories;
  @Inject Event<ClusterChanged> clusterChanges;

  private final TextEngine text = TextEngine.standard();

  /**
   * Copy as normalised words: one script and vocabulary (the text engine's fold, which topic rules
   * use too), lower case, no punctuation.
   */
  static List<String> words(TextEngine text, Language language, String copy) {
    String folded = language.isChinese() ? text.fold(copy, language.tag()) : copy;
    return text.words(folded).stream()
        .map(w -> w.toLowerCase(Locale.ROOT))
        .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
        .toList();
  }

  /**
   * Fingerprints the story and joins the cluster of its earliest recent look-alike. Earliest, not
   * nearest: two look-alikes stored at the same moment then agree on one cluster once each has seen
   * the other ({@link #recheck}).
   */
  void assign(Story story, boolean created, CopyWords words) {
    assign(story, created, words, null);
  }

  /** The same, with what {@link #prepare} found for the story's batch (null: ask now). */
  void assign(Story story, boolean created, CopyWords words, Prepared prepared) {
    // The same words the search index keeps: the copy is folded and segmented once per version.
    List<String> tokens = words.fingerprinted();
    long fingerprint = prepared != null ? prepared.fingerprint() : SimHash.of(tokens);
    int[] bands = prepared != null ? prepared.bands() : MinHash.bands(tokens);
    if (!created) {
      em.createNamedQuery("StoryBand.deleteOfStory").setParameter("id", story.id()).executeUpdate();
    }
    for (int key : bands) {
      em.persist(new StoryBand(key, story.id(), story.receivedAt()));
    }
    UUID cluster =
        prepared != null
            ? earliest(story, fingerprint, prepared.lookAlikes())
            : earliestLookAlike(story, fingerprint, bands);
    story.clustered(cluster, fingerprint);
  }

  /** A new story's fingerprint, bands and committed look-alikes, found with its batch's. */
  record Prepared(long fingerprint, int[] bands, List<Object[]> lookAlikes) {}

  /**
   * The committed look-alikes of a batch's new stories, in two queries for the batch instead of one
   * per story as it is stored (7.5% of the server's CPU under batches). Look-alikes within the
   * batch meet in the recheck after the commit, as they did. Nothing for a story without words, and
   * for none when the batch is one story or its band keys are shared that widely.
   */
  Map<UUID, Prepared> prepare(Map<UUID, CopyWords> words) {
    Map<UUID, int[]> bands = new HashMap<>();
    Map<UUID, Long> fingerprints = new HashMap<>();
    words.forEach(
        (id, w) -> {
          List<String> tokens = w.fingerprinted();
          int[] keys = MinHash.bands(tokens);
          if (keys.length == MinHash.BANDS) {
            bands.put(id, keys);
            fingerprints.put(id, SimHash.of(tokens));
          }
        });
    Map<UUID, List<Object[]>> found = lookAlikes(bands, FlushModeType.COMMIT);
    if (found == null) {
      return Map.of();
    }
    Map<UUID, Prepared> prepared = new HashMap<>();
    found.forEach(
        (id, rows) -> prepared.put(id, new Prepared(fingerprints.get(id), bands.get(id), rows)));
    return prepared;
  }

  /**
   * After stories' transaction commits, each looks again: a look-alike stored concurrently is now
   * visible. Looked up by the story's own bands; nearly always it finds nothing. Whichever of two
   * concurrent look-alikes checks last sees the other, so it settles both: itself and any later
   * look-alike join the earliest one's cluster.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recheck(List<UUID> storyIds) {
    // Simple queries rather than a self-join (see StoryBand.ofStories).
    @SuppressWarnings("unchecked")
    List<Object[]> keys =
        em.createNamedQuery("StoryBand.ofStories").setParameter(1, storyIds).getResultList();
    Map<UUID, List<Integer>> listed = new HashMap<>();
    for (Object[] row : keys) {
      listed
          .computeIfAbsent(uuid(row[0]), id -> new ArrayList<>())
          .add(((Number) row[1]).intValue());
    }
    Map<UUID, int[]> bands = new HashMap<>();
    listed.forEach(
        (id, own) -> {
          if (own.size() == MinHash.BANDS) {
            bands.put(id, own.stream().mapToInt(Integer::intValue).toArray());
          }
        });
    Map<UUID, List<Object[]>> found = lookAlikes(bands, FlushModeType.AUTO);
    boolean changedAny = false;
    for (UUID storyId : storyIds) {
      int[] own = bands.get(storyId);
      if (own == null) {
        continue;
      }
      // The batch's look-up read the clusters as they were; once a recheck moved one, the next
      // stories read them again, one query each, as they did before the batch's look-up.
      List<Object[]> rows =
          found != null && !changedAny
              ? found.getOrDefault(storyId, List.of())
              : lookAlikes(storyId, own, FlushModeType.AUTO);
      changedAny |= recheck(storyId, rows);
    }
  }

  /**
   * Each story's look-alikes, as {@link #lookAlikes(UUID, int[], FlushModeType)} finds them, for
   * all of them in two queries instead of one per story (the per-story query was 7% of the server's
   * CPU under batches); null when the band keys are shared that widely (a flood), for the per-story
   * queries and their limit.
   */
  private Map<UUID, List<Object[]>> lookAlikes(Map<UUID, int[]> bands, FlushModeType flush) {
    if (bands.size() < 2) {
      return null;
    }
    List<Integer> keys =
        bands.values().stream().flatMapToInt(Arrays::stream).distinct().boxed().toList();
    @SuppressWarnings("unchecked")
    List<Object[]> sharing =
        em.createNamedQuery("StoryBand.sharing")
            .setFlushMode(flush)
            .setParameter(1, keys)
            .setParameter(2, Instant.now().minus(WINDOW))
            .setMaxResults(CANDIDATES * bands.size() + 1)
            .getResultList();
    if (sharing.size() > CANDIDATES * bands.size()) {
      return null;
    }
    Map<Integer, List<UUID>> byKey = new HashMap<>();
    for (Object[] row : sharing) {
      byKey.computeIfAbsent(((Number) row[0]).intValue(), k -> new ArrayList<>()).add(uuid(row[1]));
    }
    List<UUID> candidateIds = sharing.stream().map(row -> uuid(row[1])).distinct().toList();
    Map<UUID, Object[]> rowsById = new HashMap<>();
    for (Object[] row : stories.lookAlikeRows(candidateIds, flush)) {
      rowsById.put(uuid(row[0]), row);
    }
    Map<UUID, List<Object[]>> found = new HashMap<>();
    bands.forEach(
        (storyId, own) -> {
          List<Object[]> rows =
              Arrays.stream(own)
                  .boxed()
                  .flatMap(key -> byKey.getOrDefault(key, List.of()).stream())
                  .filter(id -> !id.equals(storyId))
                  .distinct()
                  .map(rowsById::get)
                  .filter(Objects::nonNull)
                  .sorted(OLDEST_FIRST)
                  .limit(CANDIDATES)
                  .toList();
          found.put(storyId, rows);
        });
    return found;
  }

  /** The order of StoryBand.lookAlikes: received, then id as PostgreSQL compares uuids. */
  private static final Comparator<Object[]> OLDEST_FIRST =
      Comparator.<Object[], Instant>comparing(row -> instant(row[4]))
          .thenComparing(row -> uuid(row[0]).toString());

  /** Settles one story's cluster against its look-alikes; true when a cluster moved. */
  private boolean recheck(UUID storyId, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return false;
    }
    Story story = em.find(Story.class, storyId);
    if (story == null || story.fingerprint() == null) {
      return false;
    }
    UUID cluster = earliest(story, story.fingerprint(), rows);
    boolean changed = false;
    if (!cluster.equals(story.clusterId())) {
      story.clustered(cluster, story.fingerprint());
      changed = true;
    }
    List<UUID> strays =
        rows.stream()
            .filter(row -> sameStory(story, story.fingerprint(), row))
            .filter(row -> row[1] == null || !uuid(row[1]).equals(cluster))
            .filter(row -> !instant(row[4]).isBefore(story.receivedAt()))
            .map(row -> uuid(row[0]))
            .distinct()
            .toList();
    if (!strays.isEmpty()) {
      stories.joinCluster(strays, cluster);
      changed = true;
    }
    if (changed) {
      clusterChanges.fire(new ClusterChanged(story.id(), story.language()));
    }
    return changed;
  }

  /** Within reach of the fingerprint, and of the same script family. */
  private static boolean sameStory(Story story, long fingerprint, Object[] row) {
    boolean rowChinese =
        Language.ofExactTag((String) row[3]).map(Language::isChinese).orElse(false);
    return rowChinese == story.language().isChinese()
        && row[2] != null
        && SimHash.distance(fingerprint, ((Number) row[2]).longValue()) <= SimHash.SAME_STORY_BITS;
  }

  private UUID earliestLookAlike(Story story, long fingerprint, int[] bands) {
    if (bands.length == 0) {
      return story.id();
    }
    // Committed stories only: flushing first would write, and dirty-check, every story of the batch
    // before each look-up. Look-alikes in the same batch meet in the recheck after the commit.
    return earliest(story, fingerprint, lookAlikes(story.id(), bands, FlushModeType.COMMIT));
  }

  /** Stories of the window sharing a band with these, oldest first. */
  private List<Object[]> lookAlikes(UUID storyId, int[] bands, FlushModeType flush) {
    // Native, with a fixed number of keys (see StoryBand.lookAlikes).
    var query = em.createNamedQuery("StoryBand.lookAlikes").setFlushMode(flush);
    for (int band = 0; band < MinHash.BANDS; band++) {
      query.setParameter(band + 1, bands[band]);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> candidates =
        query
            .setParameter(MinHash.BANDS + 1, Instant.now().minus(WINDOW))
            .setParameter(MinHash.BANDS + 2, storyId)
            .setMaxResults(CANDIDATES)
            .getResultList();
    return candidates;
  }

  /** The cluster of the earliest candidate within reach of the fingerprint, or the story's own. */
  private static UUID earliest(Story story, long fingerprint, List<Object[]> candidates) {
    UUID cluster = story.id();
    Instant earliest = story.receivedAt();
    UUID earliestId = story.id();
    for (Object[] row : candidates) {
      if (!sameStory(story, fingerprint, row)) {
        continue;
      }
      Instant received = instant(row[4]);
      UUID id = uuid(row[0]);
      if (received.isBefore(earliest)
          || (received.equals(earliest) && id.compareTo(earliestId) < 0)) {
        earliest = received;
        earliestId = id;
        cluster = row[1] != null ? uuid(row[1]) : id;
      }
    }
    return cluster;
  }
}

package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

  static final int CANDIDATES = 2000;

  @PersistenceContext EntityManager em;
  @Inject Event<ClusterChanged> clusterChanges;

  private final TextEngine text = TextEngine.standard();

  long fingerprint(Story story) {
    String copy = story.headline() + "\n" + (story.bodyText() == null ? "" : story.bodyText());
    if (story.language().isChinese() && story.language() != Language.ZH_HANS) {
      copy = text.convert(copy, story.language().tag(), Language.ZH_HANS.tag());
    }
    List<String> tokens =
        text.words(copy).stream()
            .map(w -> w.toLowerCase(Locale.ROOT))
            .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
            .toList();
    return SimHash.of(tokens);
  }

  /**
   * Fingerprints the story and joins the cluster of its earliest recent look-alike. Earliest, not
   * nearest: two look-alikes stored at the same moment then agree on one cluster once each has seen
   * the other ({@link #recheck}).
   */
  void assign(Story story) {
    long fingerprint = fingerprint(story);
    int[] bands = SimHash.bands(fingerprint);
    story.clustered(earliestLookAlike(story, fingerprint, bands), fingerprint);
    em.createQuery("delete from StoryBand b where b.storyId = :id")
        .setParameter("id", story.id())
        .executeUpdate();
    for (int key : bands) {
      em.persist(new StoryBand(key, story.id(), story.receivedAt()));
    }
  }

  /**
   * After a story's transaction commits, it looks again: a look-alike stored concurrently is now
   * visible.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recheck(UUID storyId) {
    Story story = em.find(Story.class, storyId);
    if (story == null || story.fingerprint() == null) {
      return;
    }
    UUID cluster =
        earliestLookAlike(story, story.fingerprint(), SimHash.bands(story.fingerprint()));
    if (!cluster.equals(story.clusterId())) {
      story.clustered(cluster, story.fingerprint());
      clusterChanges.fire(new ClusterChanged(story.id(), story.language()));
    }
  }

  private UUID earliestLookAlike(Story story, long fingerprint, int[] bands) {
    List<Integer> keys = Arrays.stream(bands).boxed().toList();
    List<Object[]> candidates =
        em.createQuery(
                "select s.id, s.clusterId, s.fingerprint, s.language, s.receivedAt from Story s"
                    + " where s.id in (select b.storyId from StoryBand b"
                    + " where b.bandKey in :keys and b.receivedAt >= :since) and s.id <> :id"
                    // Oldest first: a story repeated by many wires finds its first telling at once.
                    + " order by s.receivedAt, s.id",
                Object[].class)
            .setParameter("keys", keys)
            .setParameter("since", Instant.now().minus(WINDOW))
            .setParameter("id", story.id())
            .setMaxResults(CANDIDATES)
            .getResultList();
    boolean chinese = story.language().isChinese();
    UUID cluster = story.id();
    Instant earliest = story.receivedAt();
    UUID earliestId = story.id();
    for (Object[] row : candidates) {
      boolean rowChinese =
          Language.ofExactTag((String) row[3]).map(Language::isChinese).orElse(false);
      if (rowChinese != chinese
          || row[2] == null
          || SimHash.distance(fingerprint, (Long) row[2]) > SimHash.SAME_STORY_BITS) {
        continue;
      }
      Instant received = (Instant) row[4];
      UUID id = (UUID) row[0];
      if (received.isBefore(earliest)
          || (received.equals(earliest) && id.compareTo(earliestId) < 0)) {
        earliest = received;
        earliestId = id;
        cluster = row[1] != null ? (UUID) row[1] : id;
      }
    }
    return cluster;
  }
}

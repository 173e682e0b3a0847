package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
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

  static final int CANDIDATES = 5000;

  @PersistenceContext EntityManager em;

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

  /** Fingerprints the story and joins it to the cluster of its nearest recent look-alike. */
  void assign(Story story) {
    long fingerprint = fingerprint(story);
    boolean chinese = story.language().isChinese();
    List<Object[]> recent =
        em.createQuery(
                "select s.id, s.clusterId, s.fingerprint, s.language from Story s"
                    + " where s.fingerprint is not null and s.receivedAt >= :since and s.id <> :id"
                    + " order by s.receivedAt desc",
                Object[].class)
            .setParameter("since", Instant.now().minus(WINDOW))
            .setParameter("id", story.id())
            .setMaxResults(CANDIDATES)
            .getResultList();
    UUID cluster = story.clusterId() != null ? story.clusterId() : story.id();
    int best = SimHash.SAME_STORY_BITS + 1;
    for (Object[] row : recent) {
      boolean rowChinese =
          Language.ofExactTag((String) row[3]).map(Language::isChinese).orElse(false);
      if (rowChinese != chinese) {
        continue;
      }
      int distance = SimHash.distance(fingerprint, (Long) row[2]);
      if (distance < best) {
        best = distance;
        cluster = row[1] != null ? (UUID) row[1] : (UUID) row[0];
      }
    }
    story.clustered(cluster, fingerprint);
  }
}

package org.newsrelay.story;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Gives the stories stored before the search index existed their row ({@link WordIndex#backfill}),
 * after deployment rather than in the migration: segmenting a million stories takes minutes, which
 * a deployment should not wait for. Batches of {@link #BATCH}, newest first, each committed alone,
 * for about a second at a time so that requests keep their share of the cores; it stops for good
 * once a pass finds nothing, as every story stored since is indexed with it. Until then, older
 * stories are missing from searches and the feeds' {@code ?q=}. Two nodes may pick the same
 * stories: the later commit fails on the key and its node tries again at the next pass.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WordIndexBackfill {
  private static final Logger LOG = Logger.getLogger(WordIndexBackfill.class.getName());
  static final int BATCH = 200;
  private static final long PASS_MILLIS = 1_000;
  private static final long PAUSE_MILLIS = 1_000;

  @Resource TimerService timers;
  @Inject WordIndex index;

  private long indexed;

  /** Where the walk of the stories' ids stands: every story up to it has its row. */
  private UUID after = new UUID(0, 0);

  @PostConstruct
  void start() {
    timers.createSingleActionTimer(5_000, new TimerConfig("word index backfill", false));
  }

  @Timeout
  void pass() {
    long until = System.currentTimeMillis() + PASS_MILLIS;
    try {
      int done;
      do {
        List<UUID> ids = index.backfill(after, BATCH);
        done = ids.size();
        if (done > 0) {
          after = ids.get(done - 1);
        }
        indexed += done;
      } while (done == BATCH && System.currentTimeMillis() < until);
      if (done < BATCH) {
        if (indexed > 0) {
          LOG.info("Search index: " + indexed + " stored stories indexed; every story has its row");
        }
        return;
      }
    } catch (RuntimeException e) {
      LOG.warning("Search index backfill waits for its next pass: " + e);
    }
    timers.createSingleActionTimer(PAUSE_MILLIS, new TimerConfig("word index backfill", false));
  }
}
